namespace SpoilerGen.Diagnostics;

/// <summary>
/// How a file is named in diagnostics: relative to the current folder when it lies below it, as
/// editors and terminals resolve such paths; absolute otherwise, rather than a chain of "../".
/// </summary>
public static class DisplayPath
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
