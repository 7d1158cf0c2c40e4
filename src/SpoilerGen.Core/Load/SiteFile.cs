namespace SpoilerGen.Load;

/// <summary>
/// A regular file inside the site folder that a build may read: <see cref="FullPath"/> is where it
/// really is (symlinks resolved), <see cref="RelativePath"/> its name under the folder it was found
/// in ('/' separators), and <see cref="DisplayPath"/> how diagnostics name it.
/// </summary>
public sealed record SiteFile(string FullPath, string RelativePath, string DisplayPath);
