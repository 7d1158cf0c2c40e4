using SpoilerGen.Model;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// Which pages' files may read a page whose form changed since the previous render (a page added, deleted, moved, or
/// with another title, summary, image, tag or level): the page itself, the pages of its section before and after (its
/// section's list and its neighbours' links), the pages under it (their breadcrumbs) and the pages linking to it (a link
/// reads whether its target is shown and its address). A tree whose forms changed works out again only these pages'
/// keys, rather than every page's: a new page in a section re-renders its section and neighbours, not its tree.
/// </summary>
/// <remarks>
/// A page at the top of the site changes the menu of every page, and so does the home: then every page is affected
/// (<see cref="Affected"/> is null). Worked out from the digests of both renders (<see cref="PageDigests"/>), which only
/// serve's in-memory cache holds, so build's path is unchanged.
/// </remarks>
public static class FormChanges
{
    /// <summary>The keys of the pages whose files may have changed with the forms; null for every page.</summary>
    public static IReadOnlySet<string>? Affected(SiteModel site, IReadOnlyDictionary<string, PageDigests> now, IReadOnlyDictionary<string, PageDigests> before)
    {
        var changed = new List<(string Key, string? ParentNow, string? ParentBefore)>();
        foreach (var (key, digests) in now)
        {
            var earlier = before.GetValueOrDefault(key);
            if (earlier?.Form != digests.Form) changed.Add((key, digests.Page.ParentKey, earlier?.Page.ParentKey));
        }
        foreach (var (key, earlier) in before)
        {
            if (!now.ContainsKey(key)) changed.Add((key, null, earlier.Page.ParentKey));
        }
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, parentNow, parentBefore) in changed)
        {
            // The home, or a page at the top: every page's menu of sections reads it.
            if (key.Length == 0 || parentNow?.Length == 0 || parentBefore?.Length == 0) return null;
            affected.Add(key);
            if (parentNow is not null) parents.Add(parentNow);
            if (parentBefore is not null) parents.Add(parentBefore);
        }
        if (changed.Count == 0) return affected;
        var changedKeys = changed.Select(page => page.Key).ToHashSet(StringComparer.Ordinal);
        affected.UnionWith(parents);
        foreach (var page in site.Pages)
        {
            if (page.ParentKey is { } parent && parents.Contains(parent)) affected.Add(page.Key);
            else if (UnderAny(site, page, changedKeys) || now[page.Key].Targets.Any(target => changedKeys.Contains(target.Key))) affected.Add(page.Key);
        }
        return affected;
    }

    /// <summary>
    /// Whether a page whose form changed (added, deleted, or with another form) has tags, before or after: only then can a
    /// tag page's list change, as long as what every tag page reads besides (<see cref="RenderInputs.TagPagesContext"/>) is the same.
    /// </summary>
    public static bool TouchesTags(IReadOnlyDictionary<string, PageDigests> now, IReadOnlyDictionary<string, PageDigests> before)
    {
        foreach (var (key, digests) in now)
        {
            var earlier = before.GetValueOrDefault(key);
            if (earlier?.Form != digests.Form && (digests.Page.Tags.Length > 0 || earlier?.Page.Tags.Length > 0)) return true;
        }
        return before.Any(pair => !now.ContainsKey(pair.Key) && pair.Value.Page.Tags.Length > 0);
    }

    private static bool UnderAny(SiteModel site, SitePage page, HashSet<string> keys)
    {
        for (var ancestor = page.ParentKey; ancestor is not null; ancestor = site.TryGetPage(ancestor, out var parent) ? parent.ParentKey : null)
        {
            if (keys.Contains(ancestor)) return true;
        }
        return false;
    }
}
