namespace SpoilerGen.Load.Jail;

/// <summary>
/// A regular file inside the site folder that a build may read: <see cref="FullPath"/> is where it
/// really is (symlinks resolved), <see cref="RelativePath"/> its name under the folder it was found
/// in ('/' separators), <see cref="DisplayPath"/> how diagnostics name it, and <see cref="Jail"/> the
/// resolved site folder it must still lie in when it is opened (<see cref="SiteFileHandle"/>).
/// </summary>
/// <remarks>
/// <see cref="Listed"/> is the file as the listing's hard-link check saw it: a file opened later that has other names and
/// is not that file (a hard link to a file outside renamed into its place since) is not read.
/// </remarks>
public sealed record SiteFile(string FullPath, string RelativePath, string DisplayPath, string Jail)
{
    /// <summary>The file's identity when the listing checked its names; null when it was not checked so.</summary>
    public FileIdentity? Listed { get; init; }
}
