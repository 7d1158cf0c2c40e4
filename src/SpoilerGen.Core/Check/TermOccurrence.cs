using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>Where a name or phrase occurs: in which segment, at which character, and from which level readers see it there.</summary>
public sealed record TermOccurrence(string Term, TextSegment Segment, int Start, int Level)
{
    public SourcePosition Position => Segment.PositionAt(Start);
}
