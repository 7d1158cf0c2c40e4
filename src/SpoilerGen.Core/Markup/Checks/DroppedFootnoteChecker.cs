using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler heading that a footnote nothing references took in. A block written right under a note's line,
/// with no blank line between, is the note's in Markdown, a heading too; and Markdig drops a note that nothing
/// references, with what it holds. The heading's section then ends before it begins, and the text the author wrote
/// under it, after the note, is shown to everyone.
/// </summary>
/// <remarks>
/// A referenced note is in the document, and a section in it is <see cref="ContainerEndChecker"/>'s (SG0209). What
/// else a dropped note holds is shown in no tree: only a heading decides what is hidden outside the note.
/// </remarks>
public static class DroppedFootnoteChecker
{
    public static void Check(SpoilerParserContext context)
    {
        foreach (var note in context.WrittenFootnotes.Where(note => note.Parent is null))
        {
            foreach (var heading in note.Descendants<HeadingBlock>().Where(heading => heading.GetData(typeof(HeadingSpoiler)) is not null))
            {
                context.ReportError(heading.Line, heading.Column, DiagnosticCodes.SectionEndsWithContainer,
                    $"this heading is part of the footnote [{note.Label}] written at line {context.PositionOf(note.Line, 0).Line} (a line right under a note's line belongs to the note), " +
                    "and nothing references that note, so Markdown drops it with the heading, and the text after it would be shown to everyone; leave a blank line between the note and the heading");
            }
        }
    }
}
