using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Markdig's code span parser, told at once when a backtick run has no closing run. Markdig reads from each opening
/// run to the next run of the same length, and from a run that never closes to the end of the paragraph: a line of
/// runs of growing length (4.5 MB) took a minute to parse, with no look at the signal meanwhile. The paragraph's runs
/// are indexed once (<see cref="CodeSpanRuns"/>, as CommonMark's reference parser remembers them), a run that never
/// closes is text without reading further, and one that closes is Markdig's to read, as far as its closing run only.
/// </summary>
public sealed class IndexedCodeInlineParser : CodeInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        SpoilerParserContext.CancellationTokenOf(processor).ThrowIfCancellationRequested();
        if (slice.PeekCharExtra(-1) == slice.CurrentChar) return false;
        if (!Runs(processor, slice).HasClosingRun(slice.Start)) return false;
        return base.Match(processor, ref slice);
    }

    /// <summary>The paragraph's runs, indexed when its first run is met (Markdig clears parser states between paragraphs).</summary>
    private CodeSpanRuns Runs(InlineProcessor processor, StringSlice slice)
    {
        if (processor.ParserStates[Index] is CodeSpanRuns runs && ReferenceEquals(runs.Text, slice.Text)) return runs;
        runs = new CodeSpanRuns(slice.Text, slice.Start, slice.End);
        processor.ParserStates[Index] = runs;
        return runs;
    }
}
