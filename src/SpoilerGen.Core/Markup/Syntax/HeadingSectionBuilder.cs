using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// After parsing, moves each heading marked with a spoiler level, and every block under it up to the
/// next heading of the same or higher rank, into a <see cref="HeadingSectionBlock"/>. Markdig gathers a page's
/// footnotes at its end, after the last section: they stay out of it, each keeping the level of where it was written.
/// </summary>
public static class HeadingSectionBuilder
{
    public static void Build(MarkdownDocument document) => WrapSections(document, firstIndex: 0);

    private static void WrapSections(ContainerBlock container, int firstIndex)
    {
        for (var i = firstIndex; i < container.Count; i++)
        {
            var block = container[i];
            if (block is HeadingBlock heading && heading.GetData(typeof(HeadingSpoiler)) is HeadingSpoiler marker)
            {
                var section = new HeadingSectionBlock(marker.EpisodeId, marker.Level)
                {
                    Line = heading.Line,
                    Column = heading.Column,
                    Span = heading.Span,
                };
                var end = i + 1;
                while (end < container.Count && container[end] is not FootnoteGroup && !(container[end] is HeadingBlock next && next.Level <= heading.Level)) end++;

                var members = Enumerable.Range(i, end - i).Select(index => container[index]).ToList();
                foreach (var member in members) container.Remove(member);
                foreach (var member in members) section.Add(member);
                container.Insert(i, section);
                section.UpdateSpanEnd(members[^1].Span.End);

                // The heading itself is the section's first child; nested marked headings follow it.
                WrapSections(section, firstIndex: 1);
            }
            else if (block is ContainerBlock child)
            {
                WrapSections(child, firstIndex: 0);
            }
        }
    }
}
