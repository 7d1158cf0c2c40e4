namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// Makes a random guide from a seed: folders with and without <c>_index.md</c> (some drafts), pages at every
/// level (some drafts, some with slugs and dates), progressive titles and summaries, tags, and bodies with
/// phrases, spoiler blocks, heading sections, plain headings and links with fragments.
/// </summary>
public static class GuideGenerator
{
    private static readonly string[] FolderNames = ["cast", "places", "cast/minor", "deaths"];

    /// <param name="sameConfigAs">A guide whose config (episodes, seasons, titles, checkpoints) this one keeps: its translation into another language.</param>
    public static GuideSpec Create(int seed, GuideSpec? sameConfigAs = null)
    {
        var text = new GuideText(new Random(seed));
        var episodes = sameConfigAs?.Episodes ?? text.Between(2, 6);
        var firstSeason = text.Chance(0.3) ? text.Between(1, episodes - 1) : episodes;
        var titled = Enumerable.Range(0, episodes).Select(_ => text.Chance(0.6)).ToArray();
        int[]? checkpoints = text.Chance(0.3) ? [.. Enumerable.Range(1, episodes).Where(_ => text.Chance(0.4))] : null;

        var folders = FolderNames.Where(_ => text.Chance(0.4)).ToList();
        // A nested folder needs its parent to exist as a folder too.
        if (folders.Contains("cast/minor") && !folders.Contains("cast")) folders.Insert(0, "cast");
        var pageShells = Enumerable.Range(0, text.Between(1, 6))
            .Select(i => (Folder: text.Chance(0.6) && folders.Count > 0 ? text.Pick(folders) : "", FileName: $"p{i}", Draft: text.Chance(0.1)))
            .ToList();
        var linkTargets = pageShells.Where(p => !p.Draft).Select(p => (p.Folder.Length == 0 ? "" : p.Folder + "/") + p.FileName + ".md").ToList();
        var nodes = new GuideNodeGenerator(text, episodes, linkTargets);

        var folderSpecs = folders.Select(folder =>
        {
            int? indexLevel = text.Chance(0.7) ? Level(text, episodes) : null;
            return new GuideFolder(folder, indexLevel, indexLevel is not null && text.Chance(0.3),
                Progression(text, episodes), indexLevel is null ? [] : nodes.List(rank: 2, depth: 1, minimum: 0));
        }).ToArray();
        var pages = pageShells.Select(shell => new GuidePage(
            shell.Folder, shell.FileName, Level(text, episodes), shell.Draft,
            text.Chance(0.3) ? $"s-{text.Run(1, 2).Replace(' ', '-')}-{shell.FileName}" : null,
            text.Chance(0.3) ? $"2024-0{text.Between(1, 9)}-1{text.Between(0, 9)}" : null,
            Progression(text, episodes),
            text.Chance(0.5) ? Progression(text, episodes) : [],
            Tags(text, episodes),
            nodes.List(rank: 2, depth: 2, minimum: 1))).ToArray();
        var home = text.Chance(0.4) ? nodes.List(rank: 2, depth: 1, minimum: 1) : [];
        return sameConfigAs is null
            ? new GuideSpec(episodes, firstSeason, titled, checkpoints, home, folderSpecs, pages)
            : sameConfigAs with { HomeBody = home, Folders = folderSpecs, Pages = pages };
    }

    /// <summary>Mostly 0, so that much of a guide is in its first trees, where leaks would show.</summary>
    public static int Level(GuideText text, int episodes) => text.Chance(0.3) ? 0 : text.Between(0, episodes);

    /// <summary>Values from the start, then at up to two later levels, sorted.</summary>
    public static GuideEntry[] Progression(GuideText text, int episodes) =>
        [.. Enumerable.Range(0, text.Between(0, 2)).Select(_ => text.Between(1, episodes)).Prepend(0).Distinct().Order()
            .Select(level => new GuideEntry(level, text.Prose()))];

    public static GuideEntry[] Tags(GuideText text, int episodes) =>
        [.. Enumerable.Range(0, text.Between(0, 2)).Select(_ => new GuideEntry(Level(text, episodes), text.Tag())).DistinctBy(tag => tag.Text)];
}
