namespace SpoilerGen.Model;

/// <summary>
/// One static tree of the output: built for checkpoint <see cref="Index"/>, and served to readers at
/// every checkpoint up to <see cref="LastIndex"/>, because nothing on the site changes in between.
/// </summary>
public sealed record Tree(int Index, int LastIndex, string Path)
{
    public const string StartPath = "start/";

    /// <summary>The folder of each tree that holds its tag pages; no content may use it.</summary>
    public const string TagsFolder = "tags";

    /// <summary>The output folder of the tree's language, ending in '/' (<c>ko/</c>), or empty for the default language; <see cref="Path"/> starts with it.</summary>
    public string LanguageFolder { get; init; } = "";

    /// <summary>The tree's path inside its language's folder (<c>s01e03/</c>): the same in every language.</summary>
    public string LocalPath => Path[LanguageFolder.Length..];

    public bool Serves(int checkpoint) => checkpoint >= Index && checkpoint <= LastIndex;
}
