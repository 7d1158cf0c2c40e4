namespace SpoilerGen.Write;

/// <summary>
/// Refuses output folders that a build would damage: the site folder itself, a folder that holds it
/// (the swap would replace the sources), or a folder inside its content, templates or static files.
/// </summary>
public static class OutputFolderGuard
{
    public static string? Problem(string siteRoot, string outputFolder)
    {
        var site = Normalize(siteRoot);
        var output = Normalize(outputFolder);
        if (output == site) return "the output folder is the site folder itself";
        if (IsInside(site, output)) return "the output folder holds the site folder, and would be replaced with it";
        foreach (var folder in new[] { "content", "templates", "static" })
        {
            var sources = Normalize(Path.Combine(siteRoot, folder));
            if (output == sources || IsInside(output, sources)) return $"the output folder lies inside the site's {folder}/ folder";
        }
        return null;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string inner, string outer) =>
        inner != outer && inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
