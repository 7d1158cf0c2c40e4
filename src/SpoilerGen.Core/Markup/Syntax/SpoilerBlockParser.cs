using Markdig.Parsers;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Markup.Syntax;

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
        var context = SpoilerParserContextOf(processor);
        if (words.Length == 0 && context.OpenForeignContainers > 0)
        {
            // The end of another tool's container, already refused at its opening line.
            context.OpenForeignContainers--;
            return BlockState.None;
        }
        if (words.Length == 0)
        {
            // An open block takes its own fence before any block may open, so a bare fence that gets here
            // closes nothing: the block the author meant to close ended somewhere else.
            context.ReportError(processor.LineIndex, processor.Column, DiagnosticCodes.StrayClosingFence,
                "this ':::' closes no spoiler block (a block opened inside a list item, a blockquote or a footnote must be closed inside it, with the same indent, and a block opened with more colons needs as many to close); remove it or open the block with '::: spoiler EPISODE'");
            return BlockState.None;
        }
        // Other words belong to other container syntaxes; other near misses are refused after parsing.
        if (!words[0].StartsWith(Keyword, StringComparison.OrdinalIgnoreCase))
        {
            ReportForeignContainer(words[0], processor, context);
            return BlockState.None;
        }

        int level;
        var episodeId = words.Length > 1 ? words[1] : "";
        if (words[0] != Keyword || words.Length != 2)
        {
            context.ReportMalformed(processor.LineIndex, processor.Column,
                $"'{text.Trim()}' is not a spoiler block's opening line: write '::: spoiler EPISODE', as in '::: spoiler s01e05' (lower case, no ':' or '=')");
            // Opened anyway, hiding everything to its fence, so that one mistake is one error.
            level = context.Timeline.LastIndex;
        }
        else
        {
            context.TryResolve(episodeId, processor.LineIndex, processor.Column + text.IndexOf(episodeId, fenceLength, StringComparison.Ordinal), out level);
        }
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
            if (OpenHtmlBlockIn(processor, spoiler) is { } html)
            {
                SpoilerParserContextOf(processor).ReportError(processor.LineIndex, processor.Column, DiagnosticCodes.FenceInsideHtmlBlock,
                    $"this ':::' is inside the HTML block that starts at line {SpoilerParserContextOf(processor).PositionOf(html.Line, 0).Line}, which would be cut in two; end the HTML with a blank line before ':::'");
            }
            spoiler.UpdateSpanEnd(processor.Line.End);
            spoiler.HasClosingFence = true;
            return BlockState.BreakDiscard;
        }
        // The processor has read this line's indent for us; a block inside (a list item's second paragraph) must
        // read it again, as Markdig's own fenced containers leave it. Without this, '- a', blank, '  b' inside a
        // block ended the item at 'b' and split the list in two.
        processor.GoToColumn(processor.ColumnBeforeIndent);
        return BlockState.Continue;
    }

    private static HtmlBlock? OpenHtmlBlockIn(BlockProcessor processor, ContainerBlock container)
    {
        for (var child = container.LastChild; child is not null && processor.IsOpen(child); child = (child as ContainerBlock)?.LastChild)
        {
            if (child is HtmlBlock html) return html;
        }
        return null;
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

    /// <summary>
    /// '::: tip', ':::note', '::: details Title', '::: {.callout-note}': another tool's admonition, whose lines would be
    /// printed with their ':::'. A word close to "spoiler" is left to the lookalike check, which names the near miss.
    /// </summary>
    private static void ReportForeignContainer(string word, BlockProcessor processor, SpoilerParserContext context)
    {
        var name = word.Trim('{', '}', '.', '#', '"', '\'');
        if (name.Length == 0 || Checks.SpoilerMarkupLookalike.IsSpoilerWord(name)) return;
        context.OpenForeignContainers++;
        context.ReportFirstOnLine(processor.LineIndex, processor.Column, DiagnosticCodes.ForeignContainer,
            $"SpoilerGen has no '{name}' container: '::: {name}' is another tool's admonition (VitePress, Docusaurus, markdown-it, Pandoc), and its lines would be printed with their ':::'; " +
            $"write it as a blockquote ('> **{char.ToUpperInvariant(name[0])}{name[1..]}:** …'). SpoilerGen's one container is '::: spoiler EPISODE' … ':::', which hides its lines until that episode");
    }
}
