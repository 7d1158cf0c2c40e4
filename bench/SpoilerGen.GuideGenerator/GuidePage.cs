namespace SpoilerGen.Bench;

/// <summary>A generated source file: a page, a section's _index.md or the home's.</summary>
public sealed record GuidePage(
    string Folder,
    string Slug,
    bool IsIndex,
    int Level,
    IReadOnlyList<(int Level, string Value)> Title,
    IReadOnlyList<(int Level, string Value)> Summary,
    IReadOnlyList<(int Level, string Name)> Tags,
    int Weight,
    IReadOnlyList<GuideElement> Body)
{
    /// <summary>The path under content/ (no leading slash).</summary>
    public string ContentPath => (Folder.Length == 0 ? "" : Folder + "/") + (IsIndex ? "_index.md" : Slug + ".md");

    /// <summary>The page's URL path inside a tree, as SpoilerGen and the Hugo twin both write it.</summary>
    public string UrlPath => IsIndex ? (Folder.Length == 0 ? "" : Folder + "/") : (Folder.Length == 0 ? "" : Folder + "/") + Slug + "/";

    public static string At(IReadOnlyList<(int Level, string Value)> values, int checkpoint) =>
        values.LastOrDefault(value => value.Level <= checkpoint).Value ?? values[0].Value;
}
