using System.Collections.Immutable;

namespace SpoilerGen.Check;

/// <summary>
/// A term the author marks as a spoiler of <paramref name="Level"/> (first at <paramref name="FirstMarked"/>) and shows
/// unmarked earlier, at each of <paramref name="Early"/>: one warning each, unless a longer phrase covers it.
/// </summary>
public sealed record UnmarkedSpoilerFinding(string Term, int Level, TermOccurrence FirstMarked, ImmutableArray<TermOccurrence> Early);
