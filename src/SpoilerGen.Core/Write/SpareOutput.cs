using System.IO.Enumeration;

namespace SpoilerGen.Write;

/// <summary>
/// The output that the last swap retired, kept beside the output (<c>.public.spoilergen-spare</c>) and taken as the
/// next build's staging folder, so that a build after a small edit neither links nor deletes the thousands of files
/// that did not change: removing a 12,000-file output took longer than rendering it.
/// </summary>
/// <remarks>
/// Nothing in it is trusted. A file is kept only when it is the very file the output holds under the same name (the
/// same device and inode, a hard link made by an earlier build) and that file is to be taken unchanged, or when its
/// bytes are exactly those about to be written; every other entry is unlinked before its name is written, never written
/// through (a kept file is the live output's file under a second name), and whatever the new output does not hold is
/// removed before the swap. Symbolic links in it are removed when it is taken, so no write follows one.
/// </remarks>
internal sealed class SpareOutput
{
    private readonly string _root;
    private readonly Dictionary<string, FileIdentity?> _files;
    private readonly HashSet<string> _folders;

    private SpareOutput(string root, Dictionary<string, FileIdentity?> files, HashSet<string> folders)
    {
        _root = root;
        _files = files;
        _folders = folders;
    }

    /// <summary>How many files the spare held when it was taken.</summary>
    public int FileCount => _files.Count;

    /// <summary>Whether a folder at <paramref name="path"/> is a spare SpoilerGen may take: a real folder with its marker.</summary>
    public static bool IsOurs(string path) =>
        Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null && OutputMarker.IsOn(path);

    /// <summary>
    /// Moves the spare at <paramref name="sparePath"/> to <paramref name="stagingPath"/> and lists it; null when there is
    /// no spare of ours there (the caller starts from an empty folder).
    /// </summary>
    public static SpareOutput? Take(string sparePath, string stagingPath)
    {
        if (!IsOurs(sparePath)) return null;
        Directory.Move(sparePath, stagingPath);
        var files = new Dictionary<string, FileIdentity?>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(stagingPath));
        var entries = new FileSystemEnumerable<(string Path, bool IsFolder, bool IsLink)>(root,
            // A folder's attributes tell a link (a stat); a file's identity below does, and is kept for the build's look at it.
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            // A link to a folder is never entered: it may lead anywhere.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        // Each entry's path cut after the root, as the record's check does: a normalized relative path made for each of the
        // spare's 12,600 entries cost more than listing them.
        foreach (var (path, isFolder, isFolderLink) in entries)
        {
            if (isFolderLink)
            {
                links.Add(path);
                continue;
            }
            var relative = path[(root.Length + 1)..].Replace('\\', '/');
            if (isFolder)
            {
                folders.Add(relative);
                continue;
            }
            // One statx a file, here rather than again when the file is looked at: which inode the name is (the output's own
            // file under a second name, or not), and whether it is a link.
            var identity = NativeFileSystem.Identity(path);
            if (identity is { IsSymbolicLink: true } || (identity is null && new FileInfo(path).LinkTarget is not null)) links.Add(path);
            else files[relative] = identity;
        }
        // A link is unlinked itself; what it leads to is not touched.
        foreach (var link in links) File.Delete(link);
        return new SpareOutput(stagingPath, files, folders);
    }

    /// <summary>Whether the spare holds a file at <paramref name="relativePath"/>.</summary>
    public bool HasFile(string relativePath) => _files.ContainsKey(relativePath);

    /// <summary>
    /// The identity of the spare's file at <paramref name="relativePath"/> as it was listed when the spare was taken (this build
    /// has not written or removed that name since: it writes each name once); null when it holds none, or the system cannot tell.
    /// </summary>
    public FileIdentity? ListedIdentity(string relativePath) => _files.GetValueOrDefault(relativePath);

    /// <summary>Removes whatever the spare holds at <paramref name="relativePath"/>, so that a new file can be made there.</summary>
    public void Clear(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        if (_files.ContainsKey(relativePath)) File.Delete(path);
        else if (_folders.Contains(relativePath) && Directory.Exists(path)) FolderRemoval.Delete(path);
    }

    /// <summary>Removes a file the spare holds where the new output needs the folder <paramref name="relativeFolder"/> or one above it.</summary>
    public void ClearFilesAbove(string relativeFolder)
    {
        for (var folder = relativeFolder; folder.Length > 0; folder = Path.GetDirectoryName(folder) ?? "")
        {
            if (_files.ContainsKey(folder)) File.Delete(Path.Combine(_root, folder));
        }
    }

    /// <summary>
    /// Removes every file the new output does not hold, and every folder left without one: the staging folder then
    /// holds exactly what a build into an empty folder would have written.
    /// </summary>
    /// <returns>How many files were removed.</returns>
    public int Sweep(ICollection<string> written)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in written)
        {
            for (var folder = Path.GetDirectoryName(file) ?? ""; folder.Length > 0 && needed.Add(folder); folder = Path.GetDirectoryName(folder) ?? "")
            {
            }
        }
        var removed = 0;
        foreach (var file in _files.Keys.Where(file => !written.Contains(file)))
        {
            var path = Path.Combine(_root, file);
            // Gone already when a folder above it was cleared for a file of the new output.
            if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                File.Delete(path);
                removed++;
            }
        }
        foreach (var folder in _folders.Where(folder => !needed.Contains(folder)).OrderByDescending(folder => folder.Length))
        {
            var path = Path.Combine(_root, folder);
            if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null) FolderRemoval.Delete(path);
        }
        return removed;
    }
}
