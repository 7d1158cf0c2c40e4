namespace SpoilerGen.PublishTests;

/// <summary>
/// The pages of a built site as the paths they are served at: a/b/index.html at BASE/a/b/,
/// 404.html at BASE/404.html. Used to find pages that no link reaches.
/// </summary>
public static class OutputPages
{
    public static IEnumerable<string> ServedPaths(string outputFolder, string basePath)
    {
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputFolder, file).Replace(Path.DirectorySeparatorChar, '/');
            yield return Normalize(basePath + relative);
        }
    }

    /// <summary>One spelling per page: unescaped, and a folder's index.html as the folder's URL.</summary>
    public static string Normalize(string path)
    {
        var unescaped = Uri.UnescapeDataString(path);
        return unescaped.EndsWith("/index.html", StringComparison.Ordinal) ? unescaped[..^"index.html".Length] : unescaped;
    }
}
