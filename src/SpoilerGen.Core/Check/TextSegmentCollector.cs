using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Load;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>Reads every paragraph and heading of every page body into <see cref="TextSegment"/>s, from the one parse.</summary>
public static class TextSegmentCollector
{
    public static IReadOnlyList<TextSegment> Collect(SiteModel site, IReadOnlyList<SourcePage> sources, CancellationToken cancellationToken = default)
    {
        var offsets = sources.ToDictionary(source => source.DisplayPath, source => source.BodyLineOffset, StringComparer.Ordinal);
        var segments = new List<TextSegment>();
        foreach (var page in site.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (page.Body is null || !offsets.TryGetValue(page.DisplayPath, out var offset)) continue;
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
                pieces.Add(new TextPiece(text.Length, offset + line + 1, column + 1, level));
                text.Append(value);
            }

            RevealWalker.Walk(page.Body, page.Level, (node, level) =>
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
        }
        return segments;
    }
}
