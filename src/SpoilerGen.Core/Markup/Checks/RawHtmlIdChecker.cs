using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Warns where raw HTML (allowed by the config) writes an id a heading of the page has: <c>&lt;a id="her-death"&gt;</c>
/// beside <c>## Her death</c> gives the page two elements of one id, and a link to <c>#her-death</c> lands on whichever
/// comes first. A warning, not an error: nothing is shown that a tree hides. The heading's id is not changed instead,
/// since the HTML may be in a part shown only later, and a heading's id must not depend on what comes later.
/// </summary>
public static class RawHtmlIdChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (!context.AllowsRawHtml) return;
        var html = document.Descendants().Where(node => node is HtmlBlock or HtmlInline).ToList();
        if (html.Count == 0) return;
        var headings = new Dictionary<string, HeadingBlock>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>()) headings.TryAdd(HeadingAnchors.Of(heading).Id, heading);
        foreach (var node in html)
        {
            foreach (var id in RawHtmlIds.In(node).Where(headings.ContainsKey).Distinct(StringComparer.Ordinal))
            {
                var heading = headings[id];
                context.ReportWarning(node.Line, node.Column, DiagnosticCodes.RawHtmlIdIsHeadingId,
                    $"the raw HTML's id '{id}' is also the id of the heading at line {context.PositionOf(heading.Line, heading.Column).Line}, so a link to '#{id}' lands on whichever comes first; give the HTML another id");
            }
        }
    }
}
