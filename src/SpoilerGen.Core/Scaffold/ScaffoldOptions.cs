namespace SpoilerGen.Scaffold;

/// <summary>What <c>spoilergen new</c> is told: the show's title and how many episodes each season has, in order.</summary>
public sealed record ScaffoldOptions(string SeriesTitle, IReadOnlyList<int> EpisodeCounts)
{
    public const int MaxEpisodesPerSeason = 999;

    /// <summary>What the scaffold adds to the show's title for the site's title.</summary>
    public const string SiteTitleSuffix = " — the spoiler-safe guide";

    /// <summary>
    /// Why the options cannot make a guide, or null when they can. The title goes into the config and the home page, so
    /// it is held to their rules here: a title they would refuse made a guide that did not build (attack 10, #04).
    /// </summary>
    public string? Problem =>
        string.IsNullOrWhiteSpace(SeriesTitle) || SeriesTitle.Any(char.IsControl) ? "the show's title must be one line of text"
        : (SeriesTitle.Trim() + SiteTitleSuffix).Length > Load.Sources.FrontMatterParser.MaximumValueLength
            ? $"the show's title is {SeriesTitle.Trim().Length:N0} characters long; the guide's titles may hold {Load.Sources.FrontMatterParser.MaximumValueLength:N0} with '{SiteTitleSuffix.Trim()}' added: shorten it"
        : Markup.Checks.SpoilerMarkupLookalike.Find(SeriesTitle) is { } found
            ? found.Message("the show's title") + "; the config and the home page it goes into never hold spoiler markup: give another title"
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
