namespace SpoilerGen.Model;

/// <summary>
/// A point a reader can have reached: index 0 is "not started", index k is "has seen the k-th episode".
/// A spoiler level is the index of the checkpoint from which the content may be shown.
/// </summary>
public sealed record Checkpoint(int Index, Episode? Episode, bool SeriesHasSeveralSeasons)
{
    /// <summary>The episode id, or null for "not started".</summary>
    public string? EpisodeId => Episode?.Id;

    /// <summary>A label that never holds the episode's title: safe anywhere.</summary>
    public string SpoilerFreeLabel => Episode is null
        ? "Not started"
        : SeriesHasSeveralSeasons
            ? $"Season {Episode.SeasonNumber}, Episode {Episode.NumberInSeason}"
            : $"Episode {Episode.NumberInSeason}";

    /// <summary>The label under its season's heading: "Episode 3" (or "Not started"), never a title.</summary>
    public string InSeasonLabel => Episode is null ? SpoilerFreeLabel : $"Episode {Episode.NumberInSeason}";

    /// <summary>The label as a reader at <paramref name="readerCheckpoint"/> may see it.</summary>
    public string LabelAt(int readerCheckpoint) =>
        Episode?.Title is { Length: > 0 } title && Index <= readerCheckpoint
            ? $"{SpoilerFreeLabel}: {title}"
            : SpoilerFreeLabel;
}
