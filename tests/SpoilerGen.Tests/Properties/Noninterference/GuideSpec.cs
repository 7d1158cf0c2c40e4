namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>
/// A generated guide: its config (episodes in one or two seasons, titles, <c>checkpoints:</c>), which stays
/// the same in every variant, and its content (home body, folders, pages).
/// </summary>
public sealed record GuideSpec(
    int Episodes,
    int FirstSeasonLength,
    bool[] TitledEpisodes,
    int[]? Checkpoints,
    GuideNode[] HomeBody,
    GuideFolder[] Folders,
    GuidePage[] Pages)
{
    /// <summary>The id of the episode at a level, as the config lists it.</summary>
    public string EpisodeId(int level) => level <= FirstSeasonLength ? $"s01e{level:00}" : $"s02e{level - FirstSeasonLength:00}";

    /// <summary>How markup names a level: <c>start</c> or an episode id.</summary>
    public string LevelId(int level) => level == 0 ? "start" : EpisodeId(level);

    /// <summary>The level a folder's pages start at: the highest index level of the folder and its parents.</summary>
    public int FolderLevel(string folder) =>
        folder.Length == 0 ? 0 : Math.Max(
            Folders.FirstOrDefault(f => f.Path == folder)?.IndexLevel ?? 0,
            FolderLevel(folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : ""));

    /// <summary>The level from which a page is shown: its own, or its folders' if higher.</summary>
    public int PageLevel(GuidePage page) => Math.Max(page.Level, FolderLevel(page.Folder));

    public string ContentPath(GuidePage page) => (page.Folder.Length == 0 ? "" : page.Folder + "/") + page.FileName + ".md";
}
