namespace SpoilerGen.Scaffold;

/// <summary>What <c>new</c> or <c>theme export</c> did: the folder and the files written into it (paths inside it), or the one line that says why nothing was.</summary>
/// <param name="FileSystemFailed">The file system refused a write (a full disk, an immutable folder), as opposed to a request that was refused before writing.</param>
public sealed record ScaffoldResult(string Folder, IReadOnlyList<string> WrittenFiles, string? Problem, bool FileSystemFailed = false)
{
    public bool Succeeded => Problem is null;

    public static ScaffoldResult Refused(string folder, string problem) => new(folder, [], problem);

    public static ScaffoldResult Failed(string folder, string problem) => new(folder, [], problem, FileSystemFailed: true);
}
