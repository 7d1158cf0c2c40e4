using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a heading written at the left margin right under a footnote's line. In Markdown a block written there, with
/// no blank line between, is the note's, a heading too: the heading no longer ends the hidden section above the note,
/// so earlier trees lose it and all after it with the section; and a note that nothing references is dropped with what
/// it holds, so a spoiler heading in it never starts its section and the words after the note are shown to everyone.
/// </summary>
/// <remarks>
/// Every note is looked at, those Markdig dropped too (<see cref="SpoilerParserContext.WrittenFootnotes"/>). A heading
/// indented under a note is the author's way to put it there, and stays the note's (its section is
/// <see cref="ContainerEndChecker"/>'s, SG0209).
/// </remarks>
public static class FootnoteHeadingChecker
{
    public static void Check(SpoilerParserContext context)
    {
        foreach (var note in context.WrittenFootnotes)
        {
            var dropped = note.Parent is null;
            // In a dropped note, a marked heading anywhere (in a list item under the note's line too) never starts its section.
            foreach (var heading in note.Descendants<HeadingBlock>().Where(heading =>
                (heading.Column == 0 && heading.Parent == note) || (dropped && heading.GetData(typeof(HeadingSpoiler)) is not null)))
            {
                context.ReportError(heading.Line, heading.Column, DiagnosticCodes.SectionEndsWithContainer,
                    $"this heading is part of the footnote [{note.Label}] written at line {context.PositionOf(note.Line, 0).Line} (a line right under a note's line belongs to the note), " +
                    (dropped
                        ? "and nothing references that note, so Markdown drops it with the heading, and what the heading would have hidden or ended would not be"
                        : "so it ends no section: a hidden section above the note would run on over it, and earlier trees would lose it and what follows") +
                    "; leave a blank line between the note and the heading");
            }
        }
    }
}
