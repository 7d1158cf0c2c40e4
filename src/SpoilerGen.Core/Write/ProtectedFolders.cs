namespace SpoilerGen.Write;

/// <summary>
/// The folders that no build replaces, not even with <c>--force</c>, nor any folder that holds one: every
/// user's home folder (from <c>/etc/passwd</c> and <c>$HOME</c>), the working folder and the folder the tool
/// runs from. Replacing a folder deletes everything in it, so <c>-o /home --force</c> would delete every home.
/// </summary>
public static class ProtectedFolders
{
    private const string PasswordFile = "/etc/passwd";
    private const int HomeField = 5;

    /// <summary>Why <paramref name="output"/> (resolved) may not be replaced, or null when it holds none of them.</summary>
    public static string? Problem(string output)
    {
        foreach (var (folder, what) in All())
        {
            string resolved;
            try
            {
                resolved = ResolvedPath.Of(folder);
            }
            catch (IOException)
            {
                continue;
            }
            // The root is refused on its own; a home folder of "/" (system accounts) says nothing more.
            if (Path.GetDirectoryName(resolved) is null || !Directory.Exists(resolved)) continue;
            if (ResolvedPath.AreSame(output, resolved)) return $"the output folder is {what}, which SpoilerGen never replaces";
            if (ResolvedPath.IsInside(resolved, output)) return $"the output folder holds {what} ({resolved}), which replacing it would delete";
        }
        return null;
    }

    private static IEnumerable<(string Folder, string What)> All()
    {
        foreach (var home in Homes()) yield return (home, "a home folder");
        if (WorkingFolder() is { } working) yield return (working, "the working folder");
        yield return (AppContext.BaseDirectory, "the folder SpoilerGen runs from");
    }

    private static IEnumerable<string> Homes()
    {
        var homes = new List<string>();
        if (Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home) homes.Add(home);
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } profile) homes.Add(profile);
        try
        {
            if (File.Exists(PasswordFile))
            {
                foreach (var line in File.ReadLines(PasswordFile))
                {
                    var fields = line.Split(':');
                    if (fields.Length > HomeField && Path.IsPathRooted(fields[HomeField])) homes.Add(fields[HomeField]);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Without the accounts file only $HOME is known.
        }
        return homes.Distinct(StringComparer.Ordinal);
    }

    private static string? WorkingFolder()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
