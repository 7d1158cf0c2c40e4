using SpoilerGen.Load;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Serve;

/// <summary>
/// Watches what a build reads: <c>content/</c>, <c>templates/</c>, <c>i18n/</c>, <c>static/</c> and <c>spoilergen.yml</c>,
/// and reports each changed path. The output folder and anything else in the site folder is not watched,
/// so that no other tool's files start a rebuild. A watched folder created later is watched from then on.
/// An editor's scratch file (<see cref="IsEditorScratchFile"/>) is left out only where the build does not read it.
/// A watched path that is a symlink to a file or folder elsewhere in the site is reported when its target changes
/// (<see cref="SymlinkMap"/>): the target's folder is watched too, and only for such changes.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly IReadOnlyList<string> WatchedFolders = [ContentLoader.ContentFolderName, ThemeTemplates.FolderName, Translation.LanguageTableLoader.FolderName, SiteRenderer.StaticFolderName];

    private readonly string _siteFolder;
    private readonly Action<string> _changed;
    private readonly FileSystemWatcher _root;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Folder, bool Subfolders), FileSystemWatcher> _followed = [];
    private readonly Lock _lock = new();
    private SymlinkMap _links = SymlinkMap.None;

    public SiteWatcher(string siteFolder, Action<string> changed)
    {
        _siteFolder = Path.GetFullPath(siteFolder);
        _changed = changed;
        _root = new FileSystemWatcher(_siteFolder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _root.Changed += (_, e) => OnRootEvent(e.FullPath);
        _root.Created += (_, e) => OnRootEvent(e.FullPath);
        _root.Deleted += (_, e) => OnRootEvent(e.FullPath);
        _root.Renamed += (_, e) => { OnRootEvent(e.OldFullPath); OnRootEvent(e.FullPath); };
        _root.EnableRaisingEvents = true;
        foreach (var folder in WatchedFolders) WatchFolder(folder);
        FollowLinks();
    }

    private void OnRootEvent(string path)
    {
        var name = Path.GetFileName(path);
        if (name == ConfigLoader.FileName)
        {
            FollowLinks();
            _changed(path);
        }
        else if (WatchedFolders.Contains(name))
        {
            WatchFolder(name);
            FollowLinks();
            _changed(path);
        }
    }

    private void WatchFolder(string name)
    {
        var path = Path.Combine(_siteFolder, name);
        lock (_lock)
        {
            if (_folders.Remove(name, out var old)) old.Dispose();
            if (!Directory.Exists(path)) return;
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => OnFolderEvent(name, e.FullPath);
            watcher.Created += (_, e) => OnFolderEvent(name, e.FullPath);
            watcher.Deleted += (_, e) => OnFolderEvent(name, e.FullPath);
            watcher.Renamed += (_, e) => { OnFolderEvent(name, e.OldFullPath); OnFolderEvent(name, e.FullPath); };
            // Too many changes at once (a checkout): rebuild anyway, whatever was missed.
            watcher.Error += (_, _) => _changed(path);
            watcher.EnableRaisingEvents = true;
            _folders[name] = watcher;
        }
    }

    private void OnFolderEvent(string folder, string path)
    {
        if (_links.MayMoveLinks(path)) FollowLinks();
        if (!IsUnreadScratchFile(folder, path)) _changed(path);
        foreach (var watched in _links.WatchedPathsOf(path)) Report(watched);
    }

    /// <summary>A change in a folder watched for the targets of symlinks: reported as a change to each watched path that resolves to it.</summary>
    private void OnFollowedEvent(string path)
    {
        var watched = _links.WatchedPathsOf(path).ToList();
        if (watched.Count == 0) return;
        if (_links.MayMoveLinks(path)) FollowLinks();
        foreach (var each in watched) Report(each);
    }

    private void Report(string watchedPath)
    {
        var relative = Path.GetRelativePath(_siteFolder, watchedPath);
        var folder = relative.Split(Path.DirectorySeparatorChar)[0];
        if (!IsUnreadScratchFile(folder, watchedPath)) _changed(watchedPath);
    }

    /// <summary>
    /// Finds the symlinks again and watches the folders of their targets, before the change that may have made one is
    /// reported: a target saved after that is seen, one saved before is read by the rebuild the change starts.
    /// </summary>
    private void FollowLinks()
    {
        lock (_lock)
        {
            var links = SymlinkMap.Of(_siteFolder, [.. WatchedFolders, ConfigLoader.FileName]);
            foreach (var (key, stale) in _followed.Where(pair => !links.Folders.Contains(pair.Key)).ToList())
            {
                stale.Dispose();
                _followed.Remove(key);
            }
            foreach (var folder in links.Folders.Where(folder => !_followed.ContainsKey(folder)))
            {
                try
                {
                    var watcher = new FileSystemWatcher(folder.Folder)
                    {
                        IncludeSubdirectories = folder.Subfolders,
                        NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    };
                    watcher.Changed += (_, e) => OnFollowedEvent(e.FullPath);
                    watcher.Created += (_, e) => OnFollowedEvent(e.FullPath);
                    watcher.Deleted += (_, e) => OnFollowedEvent(e.FullPath);
                    watcher.Renamed += (_, e) => { OnFollowedEvent(e.OldFullPath); OnFollowedEvent(e.FullPath); };
                    // Too many changes at once: rebuild as if every watched folder changed.
                    watcher.Error += (_, _) => { foreach (var name in WatchedFolders) _changed(Path.Combine(_siteFolder, name)); };
                    watcher.EnableRaisingEvents = true;
                    _followed[folder] = watcher;
                }
                catch (Exception exception) when (exception is IOException or ArgumentException or UnauthorizedAccessException)
                {
                    // Gone since the walk (its removal is a change the watched symlink's folder reports), or past the system's
                    // limit on watches: the target is then read again at the next rebuild, as every symlinked source is.
                }
            }
            _links = links;
        }
    }

    /// <summary>
    /// Whether the path is an editor's scratch file that the build does not read, so that a save's swap files and probes
    /// start no rebuild of their own. The build publishes every file of <c>static/</c> and <c>templates/</c> whatever its
    /// name, so none is left out there; under <c>content/</c> it reads every <c>.md</c> file and walks every folder, so only
    /// an entry that is neither is left out, and one that is gone (it may have been a folder of pages) is not;
    /// <c>i18n/</c> is read only as one <c>LANGUAGE.yml</c> per language.
    /// </summary>
    private static bool IsUnreadScratchFile(string folder, string path)
    {
        if (!IsEditorScratchFile(Path.GetFileName(path))) return false;
        if (folder == Translation.LanguageTableLoader.FolderName) return true;
        if (folder != ContentLoader.ContentFolderName) return false;
        // An emacs lock (.#page.md) is a symlink to nothing: it exists, and is no source.
        var exists = File.Exists(path) || Directory.Exists(path) || SymlinkMap.LinkTargetOf(path) is not null;
        return exists && !Directory.Exists(path) && !(File.Exists(path) && path.EndsWith(".md", StringComparison.Ordinal));
    }

    /// <summary>Files that editors write beside the one being saved (vim's swap files and its "4913" probe, backups).</summary>
    public static bool IsEditorScratchFile(string name) =>
        name.StartsWith(".#", StringComparison.Ordinal) || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal);

    public void Dispose()
    {
        _root.Dispose();
        lock (_lock)
        {
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
            foreach (var watcher in _followed.Values) watcher.Dispose();
            _followed.Clear();
        }
    }
}
