namespace SpoilerGen.Check;

/// <summary>A run of capitalised words in a segment, as the start and end of each word: its phrases are spans of the segment's text.</summary>
public sealed record PhraseRun(TextSegment Segment, int[] Starts, int[] Ends);
