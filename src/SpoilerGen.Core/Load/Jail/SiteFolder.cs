using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// The site folder as a jail: every file a build reads (config, content, templates, static files) is
/// found here. A symlink is followed only when its target, resolved, lies inside the resolved site
/// folder; one that leads out, dangles or loops is an error at its path, and so is anything that is
/// not a regular file or folder (a FIFO, socket or device, which could hang or never end) and a name
/// that is not valid UTF-8. Nothing outside the site is ever opened.
/// </summary>
public sealed class SiteFolder
{
    // As Linux's own limit on symlinks followed while resolving one path (ELOOP).
    private const int MaximumLinkHops = 40;

    /// <summary>
    /// How deep folders may nest under <c>content/</c>, <c>static/</c> and the others: far beyond any guide, and short of
    /// what a folder per level costs every page (a section's breadcrumbs and menus grow with its depth in every tree:
    /// 400 levels wrote 195 MB for one page).
    /// </summary>
    public const int MaximumFolderDepth = 64;

    private readonly string _givenRoot;

    public SiteFolder(string root)
    {
        _givenRoot = Path.GetFullPath(root);
        Root = Resolve(_givenRoot, out _) ?? _givenRoot;
    }

    /// <summary>The site folder with every symlink resolved: the jail's wall.</summary>
    public string Root { get; }

    /// <summary>
    /// Every regular file under the site's <paramref name="folderName"/> (such as <c>content</c>), in
    /// ordinal order of their relative paths; each entry that may not be read is reported instead, and so
    /// is each name that collides with an earlier one on a macOS or Windows checkout.
    /// </summary>
    public IReadOnlyList<SiteFile> Files(string folderName, DiagnosticBag diagnostics)
    {
        var files = new List<SiteFile>();
        var start = Path.Combine(_givenRoot, folderName);
        if (!Exists(start)) return files;
        var resolved = Check(start, diagnostics);
        if (resolved is null) return files;
        if (!FileStatus.IsDirectory(resolved))
        {
            diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(start)), DiagnosticCodes.NotARegularFile,
                $"'{folderName}' must be a folder");
            return files;
        }
        Walk(resolved, start, "", [resolved], files, diagnostics);
        return FileNameCollisions.Without(HardLinks.Without(files, Root, diagnostics), diagnostics);
    }

    /// <summary>
    /// One file by its path relative to the site folder, such as <c>spoilergen.yml</c>: null when it
    /// does not exist (<paramref name="exists"/> false) or may not be read (reported).
    /// </summary>
    public SiteFile? File(string relativePath, DiagnosticBag diagnostics, out bool exists)
    {
        var path = Path.Combine(_givenRoot, relativePath);
        exists = Exists(path);
        if (!exists) return null;
        var resolved = Check(path, diagnostics);
        if (resolved is null) return null;
        if (!FileStatus.IsRegularFile(resolved) || FileStatus.IsDirectory(resolved))
        {
            diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(path)), DiagnosticCodes.NotARegularFile,
                $"'{relativePath}' is not a regular file");
            return null;
        }
        return new SiteFile(resolved, relativePath.Replace('\\', '/'), DisplayPath.For(path), Root);
    }

    private void Walk(string directory, string shownDirectory, string relativeDirectory, HashSet<string> ancestors, List<SiteFile> files, DiagnosticBag diagnostics)
    {
        List<string> names;
        try
        {
            names = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos().Select(entry => entry.Name).Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(shownDirectory)), DiagnosticCodes.SourceUnreadable,
                $"the folder cannot be read: {exception.Message}");
            return;
        }

        var depth = relativeDirectory.Length == 0 ? 1 : relativeDirectory.Count(character => character == '/') + 2;
        foreach (var name in names)
        {
            var shown = Path.Combine(shownDirectory, name);
            var relative = relativeDirectory.Length == 0 ? name : relativeDirectory + "/" + name;
            if (name.Contains('\uFFFD'))
            {
                diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(shown)), DiagnosticCodes.FileNameNotUtf8,
                    "this file name is not valid UTF-8; rename it");
                continue;
            }
            // The folder is resolved already: an entry that is no symlink is where its name says, with no path to walk
            // again from the root (which made listing N nested folders take N² steps: 800 took minutes).
            var entry = Path.Combine(directory, name);
            var resolved = new FileInfo(entry).LinkTarget is null ? entry : Check(entry, diagnostics, shown);
            if (resolved is null) continue;
            if (FileStatus.IsDirectory(resolved))
            {
                if (depth > MaximumFolderDepth)
                {
                    diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(shown)), DiagnosticCodes.FoldersTooDeep,
                        $"this folder is {depth} folders deep; folders nest at most {MaximumFolderDepth} deep, so it is not read: move what it holds higher up");
                    continue;
                }
                if (IsSameOrInside(directory, resolved) || !ancestors.Add(resolved))
                {
                    diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(shown)), DiagnosticCodes.SymlinkLoop,
                        "this symlink leads back to a folder that holds it, a loop; remove it");
                    continue;
                }
                Walk(resolved, shown, relative, ancestors, files, diagnostics);
                ancestors.Remove(resolved);
            }
            else if (FileStatus.IsRegularFile(resolved))
            {
                files.Add(new SiteFile(resolved, relative, DisplayPath.For(shown), Root));
            }
            else if (!Path.Exists(resolved))
            {
                // Gone between the listing and this look (an editor's temporary file, renamed over the page it saves):
                // as if listed a moment later. It is no FIFO or device, which the message below would call it.
            }
            else
            {
                diagnostics.Error(SourcePosition.StartOf(DisplayPath.For(shown)), DiagnosticCodes.NotARegularFile,
                    "this is not a regular file (a FIFO, socket or device) and is not read; remove it");
            }
        }
    }

    /// <summary>The entry's real path when it may be read; null (reported) when it is a symlink that leads out, dangles or loops.</summary>
    private string? Check(string path, DiagnosticBag diagnostics, string? shownPath = null)
    {
        var position = SourcePosition.StartOf(DisplayPath.For(shownPath ?? path));
        var resolved = Resolve(path, out var loops);
        if (loops)
        {
            diagnostics.Error(position, DiagnosticCodes.SymlinkLoop, "this symlink never ends: it leads through a loop of symlinks; remove it");
            return null;
        }
        if (resolved is null || !Exists(resolved))
        {
            diagnostics.Error(position, DiagnosticCodes.SymlinkDangling, "this symlink leads to nothing; remove it or restore its target");
            return null;
        }
        if (!IsSameOrInside(resolved, Root))
        {
            diagnostics.Error(position, DiagnosticCodes.SymlinkLeavesSite,
                "this symlink leads out of the site folder and is not followed; copy the file into the site instead");
            return null;
        }
        return resolved;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool Exists(string path) =>
        System.IO.File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>The path with every symlink in it resolved, as realpath(3) does; null when a part cannot be read or it loops.</summary>
    public static string? RealPath(string path) => Resolve(path, out var loops) is { } real && !loops ? real : null;

    /// <summary>
    /// The path with every symlink in it resolved, as realpath(3) does; null when a part cannot be
    /// read. <paramref name="loops"/> is true when resolving takes more hops than the system allows.
    /// </summary>
    private static string? Resolve(string path, out bool loops)
    {
        loops = false;
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new LinkedList<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var hops = 0;
        try
        {
            while (pending.First is { } first)
            {
                var part = first.Value;
                pending.RemoveFirst();
                if (part == ".") continue;
                if (part == "..")
                {
                    current = Path.GetDirectoryName(current) ?? root;
                    continue;
                }
                var next = Path.Combine(current, part);
                var target = new FileInfo(next).LinkTarget;
                if (target is null)
                {
                    current = next;
                    continue;
                }
                if (++hops > MaximumLinkHops)
                {
                    loops = true;
                    return null;
                }
                if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? root;
                foreach (var targetPart in target.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.AddFirst(targetPart);
            }
            return current;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
