using Markdig.Parsers;
using Markdig.Syntax;

namespace SpoilerGen.Markup;

/// <summary>
/// Parses <c>::: spoiler s01e05</c> … <c>:::</c>. Blocks nest with fences of the same length:
/// a bare fence closes the innermost open block, never an outer one.
/// </summary>
public sealed class SpoilerBlockParser : BlockParser
{
    private const char FenceCharacter = ':';
    private const int MinimumFenceLength = 3;
    private const string Keyword = "spoiler";

    public SpoilerBlockParser()
    {
        OpeningCharacters = [FenceCharacter];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;

        var text = processor.Line.ToString();
        var fenceLength = text.TakeWhile(c => c == FenceCharacter).Count();
        if (fenceLength < MinimumFenceLength) return BlockState.None;

        var words = text[fenceLength..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // A bare fence closes a block; other words belong to other container syntaxes.
        if (words.Length == 0 || words[0] != Keyword) return BlockState.None;

        var context = SpoilerParserContextOf(processor);
        if (words.Length != 2)
        {
            context.ReportMalformed(processor.LineIndex, processor.Column,
                "a spoiler block opens with '::: spoiler EPISODE', as in '::: spoiler s01e05'");
            return BlockState.None;
        }

        var episodeId = words[1];
        context.TryResolve(episodeId, processor.LineIndex, processor.Column + text.IndexOf(episodeId, fenceLength, StringComparison.Ordinal), out var level);
        processor.NewBlocks.Push(new SpoilerBlock(this, episodeId, level, fenceLength)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var spoiler = (SpoilerBlock)block;
        if (!processor.IsCodeIndent && IsClosingFence(processor.Line.ToString(), spoiler.FenceLength) && !HasOpenFencedDescendant(processor, spoiler))
        {
            spoiler.UpdateSpanEnd(processor.Line.End);
            spoiler.HasClosingFence = true;
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        // Everything after a forgotten fence would be hidden with the block: worth a warning, not an error.
        if (block is SpoilerBlock { HasClosingFence: false } spoiler)
        {
            SpoilerParserContextOf(processor).ReportUnclosed(spoiler.Line, spoiler.Column);
        }
        return true;
    }

    private static bool IsClosingFence(string line, int openingLength)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= openingLength && trimmed.All(c => c == FenceCharacter);
    }

    /// <summary>
    /// A fence line belongs to the innermost open spoiler block, or is code inside an open code fence.
    /// </summary>
    private static bool HasOpenFencedDescendant(BlockProcessor processor, ContainerBlock container)
    {
        for (var child = container.LastChild; child is not null && processor.IsOpen(child); child = (child as ContainerBlock)?.LastChild)
        {
            if (child is SpoilerBlock or FencedCodeBlock) return true;
        }
        return false;
    }

    internal static SpoilerParserContext SpoilerParserContextOf(BlockProcessor processor) =>
        processor.Context as SpoilerParserContext
        ?? throw new InvalidOperationException("Spoiler markup must be parsed with a SpoilerParserContext.");
}
