using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// The stretches of a source file that spoiler blocks and heading sections cover, with their levels.
/// Markdig moves link reference definitions out of the blocks they are written in, to the document;
/// their level is the level of the place in the source where they were written; so are footnotes, which Markdig
/// gathers at the document's end.
/// </summary>
public sealed class RevealRegions
{
    private readonly List<(int Start, int End, int Level, RevealBlock Block)> _regions = [];

    public RevealRegions(MarkdownDocument document) => Collect(document, document.Span.End, 0);

    /// <summary>The innermost spoiler block or heading section that covers <paramref name="position"/>, if any.</summary>
    public RevealBlock? BlockAt(int position) =>
        _regions.Where(region => region.Start <= position && position <= region.End).Select(region => (RevealBlock?)region.Block).LastOrDefault();

    /// <summary>The level from which the source at <paramref name="position"/> is shown.</summary>
    public int LevelAt(int position) =>
        _regions.Where(region => region.Start <= position && position <= region.End).Select(region => region.Level).DefaultIfEmpty(0).Max();

    private void Collect(ContainerBlock container, int containerEnd, int level)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is not ContainerBlock child) continue;
            var childLevel = level;
            var end = child.Span.End;
            if (child is RevealBlock reveal)
            {
                childLevel = Math.Max(level, reveal.Level);
                // A section runs up to the next block, and a block without its fence to the end of its
                // container: a definition between the last child and that point is still inside.
                if (child is HeadingSectionBlock || child is SpoilerBlock { HasClosingFence: false })
                {
                    var next = container.Skip(i + 1).FirstOrDefault(block => block is not LinkReferenceDefinitionGroup and not FootnoteGroup);
                    end = next is null ? containerEnd : next.Span.Start - 1;
                }
                _regions.Add((child.Span.Start, end, childLevel, reveal));
            }
            Collect(child, Math.Max(end, child.Span.End), childLevel);
        }
    }
}
