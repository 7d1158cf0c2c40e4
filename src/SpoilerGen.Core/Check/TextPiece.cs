namespace SpoilerGen.Check;

/// <summary>
/// A stretch of a <see cref="TextSegment"/> written in one place: from <see cref="Start"/> in the segment's
/// text, at a one-based line and column of its file, seen by readers from <see cref="Level"/> on.
/// </summary>
public readonly record struct TextPiece(int Start, int Line, int Column, int Level);
