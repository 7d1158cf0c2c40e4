using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses raw HTML in a body unless the config allows it, as Hugo does (<c>markup.goldmark.renderer.unsafe</c>):
/// Markdown is not read inside HTML, so spoiler markup there, and ids or text in it, would be published in every
/// tree. Comments are not refused: authors leave notes in them, and every render drops them.
/// </summary>
public static class RawHtmlChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.AllowsRawHtml) return;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block when !IsOnlyComments(block):
                    Report(block.Line, block.Column, FirstTag(block), context);
                    break;
                case HtmlInline inline when !inline.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    Report(inline.Line, inline.Column, inline.Tag, context);
                    break;
            }
        }
    }

    private static void Report(int line, int column, string tag, SpoilerParserContext context)
    {
        var shown = tag.Length > 40 ? tag[..40] + "…" : tag;
        context.ReportFirstOnLine(line, column, DiagnosticCodes.RawHtmlNotAllowed,
            $"raw HTML '{shown.Trim()}' is off: Markdown and spoiler markup are not read inside it, so what it holds would be published in every tree; " +
            $"write it in Markdown (a phrase '[text]{{spoiler=s01e05}}', a block '::: spoiler s01e05' … ':::'), or allow raw HTML with '{AuthoringSettings.RawHtmlKey}' in spoilergen.yml");
    }

    private static string FirstTag(HtmlBlock block) => block.Lines.Count > 0 ? block.Lines.Lines[0].Slice.ToString() : "<…>";

    /// <summary>Markdig may start a block of another type with a comment line: it is only comments if every line is.</summary>
    private static bool IsOnlyComments(HtmlBlock block)
    {
        var text = string.Join("\n", Enumerable.Range(0, block.Lines.Count).Select(i => block.Lines.Lines[i].Slice.ToString()));
        return string.IsNullOrWhiteSpace(Reading.HtmlComments.Remove(text));
    }
}
