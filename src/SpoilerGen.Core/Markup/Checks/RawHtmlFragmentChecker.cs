using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a same-page link written in raw HTML (<c>&lt;a href="#the-rooftop"&gt;</c>) whose fragment cannot be honoured:
/// HTML is written as it is, so its fragment is in every tree that shows the HTML, where a Markdown link keeps the
/// fragment only in the trees that show the heading. A fragment naming a heading shown later than the HTML is SG0227;
/// one naming no heading or anchor of the page at all is SG0320, as for a Markdown link.
/// </summary>
public static partial class RawHtmlFragmentChecker
{
    [GeneratedRegex(@"(?<![\w-])href\s*=\s*(?:""#(?<fragment>[^""]*)""|'#(?<fragment>[^']*)'|#(?<fragment>[^""'\s>]*))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SamePageHref();

    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (!context.AllowsRawHtml || context.Source is not { } source || document.LineStartIndexes is not { } lineStarts) return;
        var anchors = HeadingAnchors.In(document);
        RevealWalker.Walk(document, 0, (node, level) =>
        {
            if (node is not (HtmlBlock or HtmlInline) || node.Span.Start < 0 || node.Span.End >= source.Length) return;
            // Comments are blanked out in place, so that an index in the HTML is still an index in the source.
            var html = HtmlComments.BlankOut(source.Substring(node.Span.Start, node.Span.Length));
            foreach (var match in SamePageHref().EachMatch(html))
            {
                var fragment = Uri.UnescapeDataString(match.Groups["fragment"].Value);
                // Browsers take "#top" to the top of any page, and the theme writes its own ids on every page.
                if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || HeadingAnchors.ThemeIds.Contains(fragment)) continue;
                var offset = node.Span.Start + match.Index;
                var line = SourceLines.LineOf(lineStarts, offset);
                var column = offset - lineStarts[line];
                if (!anchors.TryGetValue(fragment, out var anchor))
                {
                    var ids = anchors.Keys.Order(StringComparer.Ordinal).Take(8).Select(id => "#" + id).ToList();
                    context.ReportError(line, column, DiagnosticCodes.FragmentNotFound,
                        $"the fragment '#{fragment}' in this raw HTML names no heading or anchor of this page " + (ids.Count == 0 ? "(the page has no headings)" : $"({string.Join(", ", ids)})"));
                }
                else if (anchor.Level > level)
                {
                    context.ReportError(line, column, DiagnosticCodes.RawHtmlLinkToLaterHeading,
                        $"this raw HTML links to '#{fragment}', which is shown only from '{context.LabelOf(anchor.Level)}', and HTML is written as it is, so the fragment would be in every tree that shows this HTML, telling what comes later; " +
                        $"write the link in Markdown ('[text](#{fragment})'), which keeps the fragment only where '#{fragment}' is shown, or move the HTML into a part shown from the same level");
                }
            }
        });
    }
}
