using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>
/// Where a name or phrase occurs: in which segment, at which character, and from which level readers see it there; and
/// where the phrase scan meets it in its page (<paramref name="Run"/>, the index of the page's phrase run, and
/// <paramref name="Word"/>, of the run's first word of it), which orders findings as a scan of every page would.
/// </summary>
public sealed record TermOccurrence(string Term, TextSegment Segment, int Start, int Level, int Run, int Word)
{
    public SourcePosition Position => Segment.PositionAt(Start);
}
