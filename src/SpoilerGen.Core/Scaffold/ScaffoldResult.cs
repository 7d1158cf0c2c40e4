namespace SpoilerGen.Scaffold;

/// <summary>What <c>new</c> or <c>theme export</c> did: the folder and the files written into it (paths inside it), or the one line that says why nothing was.</summary>
public sealed record ScaffoldResult(string Folder, IReadOnlyList<string> WrittenFiles, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static ScaffoldResult Refused(string folder, string problem) => new(folder, [], problem);
}
