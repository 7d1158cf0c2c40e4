using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Markdig's footnote parser, except that a blank line inside a spoiler block written in a note reaches the block, as it
/// does in a list item or a blockquote. Markdig's note keeps a blank line to itself, which closed the block there: its
/// second paragraph became the note's, visible in every tree, and its ':::' a stray fence (SG0206 and SG0207 for a block
/// the author had closed). A line at the left margin after the blank line still ends the note, as in Markdig.
/// </summary>
public sealed class SpoilerBlockFootnoteParser : FootnoteParser
{
    // Markdig's own "last line was blank" flag is internal: this one stands for it on the lines this parser passes on.
    private static readonly object BlankLinePassedKey = new();

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var footnote = (Footnote)block;
        var blankLinePassed = footnote.GetData(BlankLinePassedKey) is true;
        footnote.RemoveData(BlankLinePassedKey);
        var breakable = processor.CurrentBlock is null || processor.CurrentBlock.IsBreakable;
        if (breakable && HasOpenSpoilerBlock(processor, footnote))
        {
            if (processor.IsBlankLine)
            {
                footnote.SetData(BlankLinePassedKey, true);
                return BlockState.Continue;
            }
            if (blankLinePassed && processor.Column == 0)
            {
                // Markdig's rule for a note after a blank line: text at the margin is outside it, and may open the next note.
                processor.Close(footnote);
                return TryOpen(processor);
            }
        }
        return base.TryContinue(processor, block);
    }

    /// <summary>
    /// Keeps every note for the checks as it is closed: once inlines are parsed, Markdig drops a note that nothing references,
    /// with whatever it holds, and a block written right under a note's line (a heading too) is the note's.
    /// </summary>
    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is Footnote note && processor.Document.GetData(typeof(SpoilerParserContext)) is SpoilerParserContext context) context.WrittenFootnotes.Add(note);
        return base.Close(processor, block);
    }

    private static bool HasOpenSpoilerBlock(BlockProcessor processor, ContainerBlock container)
    {
        for (var child = container.LastChild; child is not null && processor.IsOpen(child); child = (child as ContainerBlock)?.LastChild)
        {
            if (child is SpoilerBlock) return true;
        }
        return false;
    }
}
