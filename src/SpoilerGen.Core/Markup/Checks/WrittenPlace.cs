using Markdig.Syntax;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Names, for a message, the spoiler block or heading section a definition or footnote is written in, and what to do
/// about it. A section has no closing line: a note written at a page's end under a spoiler heading is in that section,
/// which an author may not see, so the message names the heading.
/// </summary>
public static class WrittenPlace
{
    /// <summary>Where <paramref name="block"/> is, as "in … (line n)", and the advice for a definition written there.</summary>
    public static (string Where, string Move) Of(RevealBlock? block, SpoilerParserContext context, List<int>? lineStarts)
    {
        if (block is HeadingSectionBlock section && section.OfType<HeadingBlock>().FirstOrDefault() is { } heading && context.Source is { } source && lineStarts is not null)
        {
            var line = SourceLines.StartLine(heading, lineStarts);
            var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : source.Length;
            var text = source[lineStarts[line]..end].Trim();
            return ($"in the section of the heading '{text}' (line {context.PositionOf(line, 0).Line})",
                "a section runs to the next heading of its rank or higher, or to the page's end, so move it above that heading");
        }
        return block is null ? ("", "move it out of the spoiler") : ($"in the spoiler block at line {context.PositionOf(block.Line, 0).Line}", "move it out of the spoiler block");
    }
}
