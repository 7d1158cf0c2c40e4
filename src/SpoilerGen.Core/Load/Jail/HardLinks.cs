using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// Files of the site that also have a name outside the site folder (a hard link made with <c>ln</c> without <c>-s</c>):
/// their bytes are another file's, which the jail cannot locate by any path, and an edit made through the other name
/// changes the site without any name in it being written, unseen by <c>serve</c>'s watcher. Each is an error at the file,
/// as a symlink out of the site is. A file is known to have a name outside when it has more names (its link count) than
/// the site folder holds; hard links between two files of the site are fine.
/// </summary>
public static class HardLinks
{
    /// <summary>The files less those with a name outside <paramref name="siteRoot"/>, each of those reported.</summary>
    public static List<SiteFile> Without(List<SiteFile> files, string siteRoot, DiagnosticBag diagnostics)
    {
        // Each file keeps the identity checked here: one with other names opened later must be this one (SiteFileHandle).
        files = [.. files.Select(file => file with { Listed = FileIdentity.Of(file.FullPath) })];
        var linked = files.Select(file => (File: file, Identity: file.Listed)).Where(entry => entry.Identity is { LinkCount: > 1 }).ToList();
        if (linked.Count == 0) return files;

        // Only now, and rarely: every name in the site folder, counted by the file it leads to.
        var wanted = linked.Select(entry => entry.Identity!.Value.File).ToHashSet();
        var namesInside = new Dictionary<(ulong, ulong), int>();
        CountNames(siteRoot, wanted, namesInside);
        var outside = new HashSet<SiteFile>();
        foreach (var (file, identity) in linked)
        {
            var inside = namesInside.GetValueOrDefault(identity!.Value.File);
            if (identity.Value.LinkCount <= inside) continue;
            outside.Add(file);
            var others = identity.Value.LinkCount - inside;
            diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), DiagnosticCodes.HardLinkLeavesSite,
                $"this file is a hard link: it has {identity.Value.LinkCount} names, {others} of them outside the site folder, so its bytes "
                + "are also another file's, which SpoilerGen may not publish and whose edits it cannot see; put a copy of the file here instead (cp --remove-destination)");
        }
        return [.. files.Where(file => !outside.Contains(file))];
    }

    private static void CountNames(string folder, HashSet<(ulong, ulong)> wanted, Dictionary<(ulong, ulong), int> names)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var entry in entries)
        {
            // A symlink is not a name of the file it leads to, and a folder symlink is not walked.
            if (entry.LinkTarget is not null) continue;
            if (entry is DirectoryInfo) CountNames(entry.FullName, wanted, names);
            else if (FileIdentity.Of(entry.FullName) is { } identity && wanted.Contains(identity.File)) names[identity.File] = names.GetValueOrDefault(identity.File) + 1;
        }
    }
}
