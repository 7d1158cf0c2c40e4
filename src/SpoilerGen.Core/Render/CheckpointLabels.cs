using System.Globalization;
using SpoilerGen.Model;
using SpoilerGen.Translation;

namespace SpoilerGen.Render;

/// <summary>
/// A checkpoint's label as a reader sees it, in the site's language: "Season 1, Episode 3", "Not started",
/// with the episode's title only for a reader who has seen it. (<see cref="Checkpoint.SpoilerFreeLabel"/> is
/// the English the author's diagnostics use.)
/// </summary>
public sealed class CheckpointLabels(LanguageTable words)
{
    /// <summary>A label that never holds the episode's title: safe anywhere.</summary>
    public string SpoilerFree(Checkpoint checkpoint) => checkpoint.Episode is not { } episode
        ? words.Text(TranslationKeys.NotStarted)
        : checkpoint.SeriesHasSeveralSeasons
            ? words.Text(TranslationKeys.SeasonEpisode, null, ("season", Number(episode.SeasonNumber)), ("episode", Number(episode.NumberInSeason)))
            : InSeason(checkpoint);

    /// <summary>The label under its season's heading: "Episode 3" (or "Not started"), never a title.</summary>
    public string InSeason(Checkpoint checkpoint) => checkpoint.Episode is not { } episode
        ? words.Text(TranslationKeys.NotStarted)
        : words.Text(TranslationKeys.Episode, null, ("episode", Number(episode.NumberInSeason)));

    /// <summary>The label as a reader at <paramref name="readerCheckpoint"/> may see it.</summary>
    public string At(Checkpoint checkpoint, int readerCheckpoint) =>
        checkpoint.Episode?.Title is { Length: > 0 } title && checkpoint.Index <= readerCheckpoint
            ? words.Text(TranslationKeys.Titled, null, ("label", SpoilerFree(checkpoint)), ("title", title))
            : SpoilerFree(checkpoint);

    public string Season(int number) => words.Text(TranslationKeys.Season, null, ("season", Number(number)));

    /// <summary>"Episode 3 – Episode 5": a tree that serves several checkpoints.</summary>
    public string Range(string first, string last) => words.Text(TranslationKeys.Range, null, ("first", first), ("last", last));

    /// <summary>Episode and season numbers are ordinals of a list, not quantities: never grouped ("Episode 1000").</summary>
    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
