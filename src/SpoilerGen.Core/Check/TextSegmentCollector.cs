using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Load;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>Reads every paragraph and heading of a page's body into <see cref="TextSegment"/>s, from the one parse.</summary>
public static class TextSegmentCollector
{
    /// <summary>The paragraphs and headings of one page with a body, whose body starts after <paramref name="offset"/> lines of front matter.</summary>
    public static IReadOnlyList<TextSegment> CollectPage(SitePage page, int offset)
    {
        var segments = new List<TextSegment>();
        var text = new StringBuilder();
        var pieces = new List<TextPiece>();
        var isHeading = false;

        void Flush()
        {
            if (text.Length > 0) segments.Add(new TextSegment(page.DisplayPath, text.ToString(), [.. pieces], isHeading));
            text.Clear();
            pieces.Clear();
        }
        void Append(string value, int line, int column, int level)
        {
            // A footnote no tree shows has no level a reader meets its words at: counting them would mark a name at no episode.
            if (level == FootnoteLevels.Never) return;
            pieces.Add(new TextPiece(text.Length, offset + line + 1, column + 1, level));
            text.Append(value);
        }

        RevealWalker.Walk(page.Body!.Document, page.Level, (node, level) =>
        {
            switch (node)
            {
                case Block block:
                    Flush();
                    isHeading = block is HeadingBlock;
                    break;
                case LiteralInline literal:
                    Append(literal.Content.ToString(), literal.Line, literal.Column, level);
                    break;
                // Code, raw HTML and line breaks separate words without being words a reader sees as prose.
                case CodeInline or HtmlInline or LineBreakInline or AutolinkInline:
                    Append(" ", node.Line, node.Column, level);
                    break;
            }
        });
        Flush();
        return segments;
    }
}
