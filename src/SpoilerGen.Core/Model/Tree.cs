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

    public bool Serves(int checkpoint) => checkpoint >= Index && checkpoint <= LastIndex;
}
