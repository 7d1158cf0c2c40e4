using SpoilerGen.Load;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Serve;

/// <summary>
/// Where the symlinks under what a build reads lead inside the site (<c>content/b.md -> ../notes/b.md</c>, a linked
/// folder, a linked <c>spoilergen.yml</c>): a change at a target, or at a symlink on the way to it, is a change to every
/// watched path that resolves through it. Found by walking the watched folders as the build's listing does; a symlink
/// that leads out of the site, dangles or loops is left out (the build refuses it at its own path, which is watched).
/// </summary>
public sealed class SymlinkMap
{
    // Beyond this many folders to watch for targets, the site folder is watched whole instead (each watcher is an inotify instance).
    private const int MaximumFollowedFolders = 16;

    private readonly List<(string Real, string Watched)> _links;
    private readonly List<string> _linkPaths;

    private SymlinkMap(List<(string Real, string Watched)> links, List<string> linkPaths, IReadOnlyList<(string Folder, bool Subfolders)> folders)
    {
        _links = links;
        _linkPaths = linkPaths;
        Folders = folders;
    }

    /// <summary>No symlinks: before the first walk.</summary>
    public static SymlinkMap None { get; } = new([], [], []);

    /// <summary>The real folders to watch for the targets' changes, each with its subfolders or alone; none without symlinks.</summary>
    public IReadOnlyList<(string Folder, bool Subfolders)> Folders { get; }

    /// <summary>The symlinks of the folders <paramref name="names"/> (and files, such as the config) of the site folder, as it is now.</summary>
    public static SymlinkMap Of(string siteFolder, IEnumerable<string> names)
    {
        var givenRoot = Path.GetFullPath(siteFolder);
        var root = SiteFolder.RealPath(givenRoot) ?? givenRoot;
        var links = new List<(string Real, string Watched)>();
        var linkPaths = new List<string>();
        var targets = new List<(string Folder, bool Subfolders)>();
        foreach (var name in names) Visit(Path.Combine(givenRoot, name), root, depth: 0, [], links, linkPaths, targets);
        if (links.Count == 0) return new SymlinkMap(links, linkPaths, []);

        // What lies in a watched folder (with no symlink on its real path) is seen by that folder's own watcher.
        var watched = names.Select(name => SiteFolder.RealPath(Path.Combine(givenRoot, name))).OfType<string>().ToList();
        var folders = targets.Where(target => !watched.Any(folder => IsSameOrInside(target.Folder, folder))).Distinct().ToList();
        folders = [.. folders.Where(folder => !folders.Any(other => other.Subfolders && other != folder && IsSameOrInside(folder.Folder, other.Folder)))];
        return new SymlinkMap(links, linkPaths, folders.Count > MaximumFollowedFolders ? [(root, true)] : folders);
    }

    /// <summary>Whether a change at the path may change where symlinks lead: it is, was or held one, or is a folder that may hold one.</summary>
    public bool MayMoveLinks(string path)
    {
        if (LinkTargetOf(path) is not null || Directory.Exists(path)) return true;
        var real = RealPlace(path);
        return _linkPaths.Any(link => IsSameOrInside(link, path) || IsSameOrInside(path, link))
            || (real is not null && _links.Any(link => link.Real == real));
    }

    /// <summary>The watched paths (under the site folder as given) that resolve to the changed path or through it.</summary>
    public IEnumerable<string> WatchedPathsOf(string path)
    {
        if (_links.Count == 0 || RealPlace(path) is not { } real) return [];
        return _links.Where(link => IsSameOrInside(real, link.Real)).Select(link => link.Watched + real[link.Real.Length..]).Distinct();
    }

    /// <summary>The path with its folder's symlinks resolved, the name itself not (it may be gone, or a symlink).</summary>
    private static string? RealPlace(string path) =>
        Path.GetDirectoryName(path) is { } folder && SiteFolder.RealPath(folder) is { } realFolder ? Path.Combine(realFolder, Path.GetFileName(path)) : null;

    private static void Visit(string path, string root, int depth, HashSet<string> ancestors, List<(string Real, string Watched)> links, List<string> linkPaths,
        List<(string Folder, bool Subfolders)> targets)
    {
        if (depth > SiteFolder.MaximumFolderDepth) return;
        var isLink = LinkTargetOf(path) is not null;
        if (isLink)
        {
            linkPaths.Add(path);
            var real = SiteFolder.RealPath(path);
            if (real is null || !IsSameOrInside(real, root)) return;
            // Each symlink on the way: repointing one changes the target.
            foreach (var hop in Hops(path).Where(hop => IsSameOrInside(hop, root)))
            {
                links.Add((hop, path));
                targets.Add((Path.GetDirectoryName(hop)!, false));
            }
            links.Add((real, path));
            targets.Add(Directory.Exists(real) ? (real, true) : (Path.GetDirectoryName(real)!, false));
        }
        if (!Directory.Exists(path)) return;
        var realFolder = SiteFolder.RealPath(path);
        if (realFolder is null || !ancestors.Add(realFolder)) return;
        IEnumerable<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(path)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The build reports the folder it cannot read; a save that fixes it is seen at the folder.
            entries = [];
        }
        foreach (var entry in entries) Visit(entry, root, depth + 1, ancestors, links, linkPaths, targets);
        ancestors.Remove(realFolder);
    }

    /// <summary>Where each symlink met while resolving the path lies, with its folder resolved.</summary>
    private static IEnumerable<string> Hops(string path)
    {
        var current = path;
        for (var hops = 0; hops < 40; hops++)
        {
            if (Path.GetDirectoryName(current) is not { } folder || SiteFolder.RealPath(folder) is not { } realFolder) yield break;
            var place = Path.Combine(realFolder, Path.GetFileName(current));
            if (LinkTargetOf(place) is not { } target) yield break;
            yield return place;
            current = Path.GetFullPath(target, realFolder);
        }
    }

    /// <summary>Where the symlink points; null when the path is no symlink, or cannot be read (a folder without permission), as a build would report it.</summary>
    internal static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
