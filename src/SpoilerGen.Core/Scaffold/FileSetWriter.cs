using SpoilerGen.Write;

namespace SpoilerGen.Scaffold;

/// <summary>
/// Writes a set of new files into a folder, all or nothing: when one cannot be written (a full disk, no
/// permission), the files and folders written so far are removed again and the reason is returned.
/// </summary>
public static class FileSetWriter
{
    public static ScaffoldResult Write(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        if (OutsideTheFolder(folder, files.Keys) is { } problem) return ScaffoldResult.Refused(folder, problem);
        var created = new List<string>();
        var createdFolders = new List<string>();
        try
        {
            foreach (var (relativePath, content) in files)
            {
                var path = Path.Combine(folder, relativePath);
                for (var parent = Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent) && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
                {
                    createdFolders.Add(parent);
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // A file that was there before (replaced on request) is not ours to remove again.
                if (!File.Exists(path)) created.Add(path);
                File.WriteAllBytes(path, content);
            }
            return new ScaffoldResult(folder, [.. files.Keys], null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var path in created) TryDelete(() => File.Delete(path));
            foreach (var createdFolder in createdFolders.Distinct().OrderByDescending(f => f.Length)) TryDelete(() => Directory.Delete(createdFolder));
            return ScaffoldResult.Refused(folder, $"could not write into '{folder}': {exception.Message}");
        }
    }

    /// <summary>
    /// Never writes through a symbolic link: a file that is a link, or a folder on the way that leads out of
    /// the folder written into, would have the write land on a file that is not ours.
    /// </summary>
    private static string? OutsideTheFolder(string folder, IEnumerable<string> relativePaths)
    {
        if (new DirectoryInfo(Path.TrimEndingDirectorySeparator(folder)).LinkTarget is not null)
        {
            return $"'{folder}' is a symbolic link; SpoilerGen writes no file through a link: give the folder it leads to";
        }
        var root = ResolvedPath.Of(folder);
        foreach (var relativePath in relativePaths)
        {
            var path = Path.Combine(folder, relativePath);
            if (new FileInfo(path).LinkTarget is not null)
            {
                return $"'{path}' is a symbolic link; SpoilerGen writes no file through a link: remove it first";
            }
            var parent = ResolvedPath.Of(Path.GetDirectoryName(path)!);
            if (!ResolvedPath.AreSame(parent, root) && !ResolvedPath.IsInside(parent, root))
            {
                return $"'{Path.GetDirectoryName(path)}' leads out of '{folder}' through a symbolic link; SpoilerGen writes no file through a link";
            }
        }
        return null;
    }

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Cleaning up after a failed write: what cannot be removed is left, and the failure is already reported.
        }
    }
}
