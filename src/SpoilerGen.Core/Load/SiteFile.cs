namespace SpoilerGen.Load;

/// <summary>
/// A regular file inside the site folder that a build may read: <see cref="FullPath"/> is where it
/// really is (symlinks resolved), <see cref="RelativePath"/> its name under the folder it was found
/// in ('/' separators), <see cref="DisplayPath"/> how diagnostics name it, and <see cref="Jail"/> the
/// resolved site folder it must still lie in when it is opened (<see cref="SiteFileHandle"/>).
/// </summary>
public sealed record SiteFile(string FullPath, string RelativePath, string DisplayPath, string Jail);
