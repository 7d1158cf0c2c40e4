namespace SpoilerGen.Model;

/// <summary>One episode of the series, as the config lists it. Its title is itself a spoiler of the episode.</summary>
public sealed record Episode(string Id, int SeasonNumber, int NumberInSeason, string? Title);
