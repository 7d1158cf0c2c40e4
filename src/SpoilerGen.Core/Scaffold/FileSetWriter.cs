using SpoilerGen.Write;

namespace SpoilerGen.Scaffold;

/// <summary>
/// Writes a set of files into a folder, all or nothing. Each file is first written whole under a hidden
/// name beside its place, and only when all are written are they renamed into place, one rename each:
/// an existing file is replaced by a new one, never written into, so that a hard link to a file elsewhere
/// keeps that file's bytes. When anything fails (a full disk, an immutable folder, no permission) the hidden
/// files and the folders made for them are removed again, and the reason is one line.
/// </summary>
public static class FileSetWriter
{
    private const string ScratchSuffix = ".spoilergen-new";

    public static ScaffoldResult Write(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        if (OutsideTheFolder(folder, files.Keys) is { } problem) return ScaffoldResult.Refused(folder, problem);
        var createdFolders = new List<string>();
        var scratchFiles = new List<(string Scratch, string Path)>();
        var placed = new List<string>();
        var step = $"could not write into '{folder}'";
        try
        {
            foreach (var (relativePath, content) in files)
            {
                var path = Path.Combine(folder, relativePath);
                var parent = Path.GetDirectoryName(path)!;
                for (var missing = parent; !string.IsNullOrEmpty(missing) && !Directory.Exists(missing); missing = Path.GetDirectoryName(missing))
                {
                    createdFolders.Add(missing);
                }
                step = $"could not create the folder '{parent}'";
                Directory.CreateDirectory(parent);
                var scratch = Path.Combine(parent, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{ScratchSuffix}");
                step = $"could not write '{path}'";
                scratchFiles.Add((scratch, path));
                using (var stream = new FileStream(scratch, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(content);
                    // On disk before it replaces anything: a power cut must not leave an empty file in place of an old one.
                    stream.Flush(flushToDisk: true);
                }
            }
            foreach (var (scratch, path) in scratchFiles)
            {
                step = $"could not put '{path}' in place";
                var isNew = !File.Exists(path);
                File.Move(scratch, path, overwrite: true);
                if (isNew) placed.Add(path);
            }
            return new ScaffoldResult(folder, [.. files.Keys], null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var (scratch, _) in scratchFiles) TryDelete(() => File.Delete(scratch));
            // A file placed where none was is ours to take back; one that replaced a file stays, whole and new.
            foreach (var path in placed) TryDelete(() => File.Delete(path));
            foreach (var createdFolder in createdFolders.Distinct().OrderByDescending(f => f.Length)) TryDelete(() => Directory.Delete(createdFolder));
            return ScaffoldResult.Failed(folder, $"{step}: {Reason(exception)}");
        }
    }

    /// <summary>The system's reason without the path .NET appends (a hidden scratch name the user never sees).</summary>
    private static string Reason(Exception exception)
    {
        var message = exception.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        if (path > 0) message = message[..path];
        if (exception is UnauthorizedAccessException) message = "permission denied (the folder is read-only, immutable or not yours)";
        return message.TrimEnd('.');
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
        if (MountPoints.FirstInside(root) is { } mount)
        {
            // A bind mount inside the folder is a link by another name: the files written there land in another folder.
            return $"a file system is mounted at {mount}, inside '{folder}'; SpoilerGen writes no file onto another file system inside the folder it was given: unmount it, or give that folder itself";
        }
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
