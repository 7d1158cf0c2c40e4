namespace SpoilerGen.Scaffold;

/// <summary>A season of a new guide, for its <c>spoilergen.yml</c>.</summary>
public sealed record ScaffoldSeason(int Number, IReadOnlyList<ScaffoldEpisode> Episodes);
