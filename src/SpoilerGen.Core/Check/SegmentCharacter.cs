using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>Where one character of a <see cref="TextSegment"/> was written, and the level from which readers see it.</summary>
public readonly record struct SegmentCharacter(SourcePosition Position, int Level);
