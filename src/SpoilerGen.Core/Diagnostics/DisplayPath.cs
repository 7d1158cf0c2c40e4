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
        string current;
        try
        {
            current = Directory.GetCurrentDirectory();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The working folder was deleted or cannot be read: nothing is relative to it.
            return full;
        }
        var relative = Path.GetRelativePath(current, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
