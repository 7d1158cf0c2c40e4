using SpoilerGen.Load;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Write;

/// <summary>
/// Refuses output folders that a build would damage: the site folder itself, a folder that holds it (the
/// swap would replace the sources), a folder that is, holds or lies inside one the site reads
/// (<see cref="SiteInputs"/>), a file, the file system's root, a folder that is or holds a home folder, the working
/// folder or SpoilerGen's own installation (<see cref="ProtectedFolders"/>), a system folder
/// (<see cref="SystemFolders"/>), a repository (<see cref="RepositoryFolders"/>), a folder that holds a mount point
/// (<see cref="MountPoints"/>): all even forced; and a folder
/// that SpoilerGen did not make (unless forced). Every path is resolved, symbolic links followed, before any comparison.
/// </summary>
public static class OutputFolderGuard
{
    private const string Instead = "; choose another folder with --output";

    /// <summary>Why the output folder may not be written, and what to do instead; null when it may be written.</summary>
    public static string? Problem(string siteRoot, string outputFolder, bool force) =>
        FirstProblem(siteRoot, outputFolder, force) is { } problem ? problem + (problem.Contains("--force", StringComparison.Ordinal) ? "" : Instead) : null;

    private static string? FirstProblem(string siteRoot, string outputFolder, bool force)
    {
        if (string.IsNullOrWhiteSpace(outputFolder)) return "the output folder is an empty path";
        string site, output;
        try
        {
            site = ResolvedPath.Of(siteRoot);
            output = ResolvedPath.Of(outputFolder);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            return exception.Message;
        }

        if (File.Exists(output)) return "the output path is a file, not a folder";
        if (SystemFolders.Problem(output) is { } system) return system;
        if (ResolvedPath.AreSame(output, site)) return "the output folder is the site folder itself";
        if (ResolvedPath.IsInside(site, output)) return "the output folder holds the site folder, and would be replaced with it";
        foreach (var folder in SiteInputs.Folders)
        {
            var sources = ResolvedPath.Of(Path.Combine(site, folder));
            if (ResolvedPath.AreSame(output, sources) || ResolvedPath.IsInside(output, sources))
            {
                return $"the output folder lies inside the site's {folder}/ folder, which the build reads";
            }
            if (ResolvedPath.IsInside(sources, output)) return $"the output folder holds the site's {folder}/ folder, which the build reads";
        }
        if (Path.GetDirectoryName(output) is null) return "the output folder is the file system's root, which SpoilerGen never replaces";
        if ((ProtectedFolders.Problem(output) ?? RepositoryFolders.PathProblem(output)) is { } problem) return problem;
        if (MountPoints.FirstAtOrBelow([output, .. OutputDebris.EntriesBeside(output)]) is { } mount)
        {
            return ResolvedPath.AreSame(mount, output)
                ? "the output folder is a mount point; a build replaces its output folder by renaming another over it, which a mount point cannot be"
                : $"a file system is mounted at {mount}, inside the output folder or beside it where a build keeps its folders and files, and a build would delete or write what is on it; unmount it";
        }

        if (Directory.Exists(output) && !OutputMarker.IsOn(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!force)
            {
                return $"the output folder is not empty and SpoilerGen did not make it (it has no {OutputMarker.FileName} file), so a build would delete what is in it; " +
                    "empty it, choose another folder with --output, or replace it with --force";
            }
            return RepositoryFolders.ContentProblem(output);
        }
        return null;
    }
}
