using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// What the spoiler parsers need while Markdig parses one file: the timeline to turn episode ids
/// into levels, where to report a bad id, in the file's own line numbers, and whether to stop.
/// </summary>
public sealed class SpoilerParserContext(Timeline timeline, string path, int bodyLineOffset, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    : MarkdownParserContext
{
    /// <summary>Looked at on every line (by <see cref="ParserContextCapture"/>): Markdig itself has no way to stop a parse.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The signal of the parse <paramref name="processor"/> runs, for inline parsers that read far.</summary>
    public static CancellationToken CancellationTokenOf(InlineProcessor processor) =>
        processor.Context is SpoilerParserContext context ? context.CancellationToken : CancellationToken.None;

    public string Path { get; } = path;

    /// <summary>Whether the file had front matter before its body.</summary>
    public bool HasFrontMatter => bodyLineOffset > 0;

    public Timeline Timeline => timeline;

    /// <summary>Whether the config allows raw HTML (<c>markup: { raw_html: true }</c>); without it, raw HTML is an error.</summary>
    public bool AllowsRawHtml { get; init; }

    /// <summary>The body's Markdown as it was parsed, for checks that read its lines as written.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Whether an earlier build checked this very text under the same config and tool (<c>CheckedSources</c>): the
    /// checks after the parse are not run again, and what they reported then is reported instead.
    /// </summary>
    public bool WasChecked { get; init; }

    // One parse of one file runs on one thread, so the checks can share this set.
    private readonly HashSet<int> _linesWithMarkupError = [];

    /// <summary>
    /// Reports an error unless a markup check already reported one on this line: one piece of foreign or
    /// near-miss markup is one error, named by the check that knows it best (they run most precise first).
    /// </summary>
    public void ReportFirstOnLine(int bodyLine, int bodyColumn, string code, string message)
    {
        if (_linesWithMarkupError.Add(bodyLine)) ReportError(bodyLine, bodyColumn, code, message);
    }

    /// <summary>
    /// Every footnote written in the page, in the order they closed, those that nothing references included: Markdig
    /// takes those out of the document with what they hold, and the checks still look at what they took.
    /// </summary>
    public List<Footnote> WrittenFootnotes { get; } = [];

    /// <summary>
    /// Runs of spoiler phrases written right after a link's text and right before a <c>(</c> or <c>[</c> that the page
    /// without them reads as the link's destination or label: each run by where its phrases start in the body.
    /// </summary>
    public List<IReadOnlyList<int>> PhraseRunsBeforeLinkTail { get; } = [];

    /// <summary>
    /// Runs of spoiler phrases written inside brackets whose text, without them, is a label that names a link reference
    /// definition or footnote of the page: each run by where its phrases start in the body.
    /// </summary>
    public List<IReadOnlyList<int>> PhraseRunsInReferenceLabel { get; } = [];

    /// <summary>Counts containers of other tools (<c>::: tip</c>) that are open, so that their closing <c>:::</c> is not a second error.</summary>
    public int OpenForeignContainers { get; set; }

    /// <summary>Converts Markdig's zero-based body position to the file's one-based position.</summary>
    public SourcePosition PositionOf(int bodyLine, int bodyColumn) =>
        new(Path, bodyLineOffset + bodyLine + 1, bodyColumn + 1);

    /// <summary>
    /// Resolves an episode id to its level, reporting an unknown id at its position. An unknown id gets
    /// the last level, so that nothing it marks counts as shown early and causes warnings of its own.
    /// </summary>
    public bool TryResolve(string episodeId, int bodyLine, int bodyColumn, out int level)
    {
        if (timeline.TryGetLevel(episodeId, out level)) return true;
        level = timeline.LastIndex;
        diagnostics.Error(PositionOf(bodyLine, bodyColumn), DiagnosticCodes.UnknownEpisode,
            $"unknown episode '{episodeId}' in spoiler markup; {timeline.DescribeKnownIds()}");
        return false;
    }

    /// <summary>The label readers see for a level, in messages: "Not started", "Episode 5".</summary>
    public string LabelOf(int level) => timeline.Checkpoints[Math.Clamp(level, 0, timeline.LastIndex)].SpoilerFreeLabel;

    public void ReportUnclosed(int bodyLine, int bodyColumn) =>
        diagnostics.Warning(PositionOf(bodyLine, bodyColumn), DiagnosticCodes.UnclosedSpoilerBlock,
            "this spoiler block is never closed with ':::', so it runs to the end of the page");

    public void ReportMalformed(int bodyLine, int bodyColumn, string message) =>
        diagnostics.Error(PositionOf(bodyLine, bodyColumn), DiagnosticCodes.MalformedSpoilerMarkup, message);

    public void ReportWarning(int bodyLine, int bodyColumn, string code, string message) =>
        diagnostics.Warning(PositionOf(bodyLine, bodyColumn), code, message);

    public void ReportError(int bodyLine, int bodyColumn, string code, string message) =>
        diagnostics.Error(PositionOf(bodyLine, bodyColumn), code, message);
}
