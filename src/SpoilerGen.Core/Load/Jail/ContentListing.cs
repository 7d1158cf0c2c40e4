using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// Every file under <c>content/</c> as the jail lists it (<see cref="SiteFolder.Files"/>), with what the listing reported:
/// kept from one load to the next, so that a save serve's watcher names costs a check of the saved file rather than a walk
/// of the whole folder with every entry resolved.
/// </summary>
/// <param name="Root">The site folder resolved, the jail's wall when the listing was made.</param>
public sealed record ContentListing(string Root, IReadOnlyList<SiteFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    private readonly Dictionary<string, SiteFile> _byPath = Files.ToDictionary(file => file.RelativePath, StringComparer.Ordinal);

    /// <summary>The files under the site's <c>content/</c>, each checked by the jail.</summary>
    public static ContentListing Of(string siteRoot)
    {
        var reported = new DiagnosticBag();
        var folder = new SiteFolder(siteRoot);
        var files = folder.Files(ContentLoader.ContentFolderName, reported);
        return new ContentListing(folder.Root, files, reported.ToSortedList());
    }

    /// <summary>
    /// Whether this listing is still the folder's after the changes to <paramref name="changedPaths"/> (relative to the
    /// site folder): true only when each that lies under <c>content/</c> is a file of the listing that is still, with every
    /// part of its path resolved, a regular file at the same place inside the same site folder, with no other name (a hard
    /// link) and no symlink on its way. Anything else (a new, deleted or renamed file, a folder, a symlink, a path above
    /// <c>content/</c>) may change the listing, and is told by listing the folder again.
    /// </summary>
    public bool StillHolds(string siteRoot, IReadOnlySet<string> changedPaths)
    {
        var content = ContentLoader.ContentFolderName + "/";
        var changedContent = changedPaths.Select(path => path.Replace('\\', '/')).ToList();
        if (changedContent.Any(path => content.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal) || path is "" or "." or "..")) return false;
        changedContent.RemoveAll(path => !path.StartsWith(content, StringComparison.Ordinal));
        if (changedContent.Count == 0) return true;
        var givenRoot = Path.GetFullPath(siteRoot);
        if (SiteFolder.RealPath(givenRoot) != Root) return false;
        foreach (var path in changedContent)
        {
            if (!_byPath.TryGetValue(path[content.Length..], out var file)) return false;
            var expected = Path.Combine(Root, path);
            if (file.FullPath != expected || SiteFolder.RealPath(Path.Combine(givenRoot, path)) != expected) return false;
            if (FileIdentity.Of(expected) is not { LinkCount: 1 } || !FileStatus.IsRegularFile(expected)) return false;
        }
        return true;
    }
}
