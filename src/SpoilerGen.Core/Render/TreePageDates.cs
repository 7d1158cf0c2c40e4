using SpoilerGen.Load;
using SpoilerGen.Load.Sources;

namespace SpoilerGen.Render;

/// <summary>
/// A page's date as one tree may tell it, for feeds and sitemaps: its front matter's <c>lastmod</c> or
/// <c>date</c>. A list page that SpoilerGen makes itself (a folder without <c>_index.md</c>) is dated by the
/// pages under it that this tree shows, never by a page that exists only later.
/// </summary>
public static class TreePageDates
{
    public static DateTimeOffset? Of(TreePage page, IReadOnlyList<TreePage> treePages)
    {
        if (page.Page.Body is not null) return Known(page.Page.LastModified);
        var key = page.Page.Key;
        return treePages
            .Where(other => other.Page.Body is not null && other.Page.Key != key && other.Page.Key.StartsWith(key, StringComparison.Ordinal))
            .Select(other => Known(other.Page.LastModified))
            .Max();
    }

    private static DateTimeOffset? Known(DateTimeOffset date) => date == SourcePage.NoDate ? null : date;
}
