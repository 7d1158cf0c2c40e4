namespace SpoilerGen.Write;

/// <summary>
/// The operating system's own folders, which no build replaces, not even with <c>--force</c>, nor any folder
/// that holds one: <c>-o /usr --force</c> would delete the installed programs. The kernel's and the boot's
/// folders (<c>/proc</c>, <c>/sys</c>, <c>/dev</c>, <c>/boot</c>, <c>/etc</c>, the program folders) are refused
/// with everything inside them too; under the others (<c>/var/www/guide</c>, <c>/srv/guide</c>) a site may live.
/// </summary>
public static class SystemFolders
{
    private static readonly string[] Closed =
        ["/proc", "/sys", "/dev", "/boot", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libexec", "/usr/include", "/usr/share", "/System"];

    private static readonly string[] Open =
        ["/dev/shm", "/usr", "/usr/local", "/var", "/var/lib", "/var/log", "/var/cache", "/var/spool", "/var/mail", "/var/tmp", "/opt", "/run", "/tmp", "/srv", "/mnt", "/media", "/snap", "/nix", "/home", "/root",
         "/private", "/Applications", "/Library", "/Users", "/Volumes"];

    /// <summary>Why <paramref name="output"/> (resolved) may not be replaced, or null when it is no system folder and holds none.</summary>
    public static string? Problem(string output)
    {
        var folders = Resolved().ToList();
        foreach (var (folder, _) in folders)
        {
            if (ResolvedPath.AreSame(output, folder)) return $"the output folder is {folder}, a system folder, which SpoilerGen never replaces";
        }
        foreach (var (folder, closed) in folders)
        {
            if (closed && ResolvedPath.IsInside(output, folder) && !InsideOpenFolder(output, folder))
            {
                return $"the output folder lies inside {folder}, a system folder, which SpoilerGen never writes into";
            }
        }
        foreach (var (folder, _) in folders)
        {
            if (ResolvedPath.IsInside(folder, output) && Directory.Exists(folder)) return $"the output folder holds {folder}, a system folder, which replacing it would delete";
        }
        return null;
    }

    private static IEnumerable<(string Folder, bool Closed)> Resolved()
    {
        foreach (var (folder, closed) in All())
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
            if (Path.GetDirectoryName(resolved) is not null) yield return (resolved, closed);
        }
    }

    // A folder of its own inside a closed one (the memory file system /dev/shm) may hold a site.
    private static bool InsideOpenFolder(string output, string closed) =>
        Open.Any(open => ResolvedPath.IsInside(open, closed) && ResolvedPath.IsInside(output, open));

    private static IEnumerable<(string Folder, bool Closed)> All()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var folder in Closed) yield return (folder, true);
            foreach (var folder in Open) yield return (folder, false);
        }
        foreach (var special in new[] { Environment.SpecialFolder.Windows, Environment.SpecialFolder.System, Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86 })
        {
            if (Environment.GetFolderPath(special) is { Length: > 0 } path) yield return (path, true);
        }
        foreach (var special in new[] { Environment.SpecialFolder.CommonApplicationData, Environment.SpecialFolder.UserProfile })
        {
            if (Environment.GetFolderPath(special) is { Length: > 0 } path && OperatingSystem.IsWindows()) yield return (path, false);
        }
    }
}
