namespace SpoilerGen.Scaffold;

/// <summary>What <c>spoilergen new</c> is told: the show's title and how many episodes each season has, in order.</summary>
public sealed record ScaffoldOptions(string SeriesTitle, IReadOnlyList<int> EpisodeCounts)
{
    public const int MaxEpisodesPerSeason = 999;

    /// <summary>Why the options cannot make a guide, or null when they can.</summary>
    public string? Problem =>
        string.IsNullOrWhiteSpace(SeriesTitle) || SeriesTitle.Any(char.IsControl) ? "the show's title must be one line of text"
        : EpisodeCounts.Count == 0 ? "give at least one season's episode count, e.g. --episodes 8,10"
        : EpisodeCounts.Any(count => count is < 1 or > MaxEpisodesPerSeason) ? $"each season has 1 to {MaxEpisodesPerSeason} episodes"
        : null;

    /// <summary>Reads <c>8,10</c> (season 1 has 8 episodes, season 2 has 10); null when it is not a list of whole numbers.</summary>
    public static IReadOnlyList<int>? ParseEpisodeCounts(string text)
    {
        var counts = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)) return null;
            counts.Add(count);
        }
        return counts;
    }

    /// <summary>The show's title when none is given: the folder's name, "my-show" read as "My Show".</summary>
    public static string TitleFromFolder(string folder)
    {
        var name = Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "My show" : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words);
    }
}
