using SpoilerGen.Markup.Headings;

namespace SpoilerGen.Render;

/// <summary>
/// The tags one tree shows, each with the pages that carry it there; names and counts are the tree's own.
/// Ordered by ordinal comparison, never by the machine's culture: the same sources give the same bytes under
/// any locale, with or without ICU (a Turkish locale, for one, folds 'I' and 'i' apart).
/// </summary>
public sealed class TagIndex
{
    /// <summary>A tag in one tree: its name, its URL segment and its pages, in title order.</summary>
    public sealed record Tag(string Name, string Slug, IReadOnlyList<TreePage> Pages);

    public TagIndex(IEnumerable<TreePage> pages)
    {
        Tags = pages
            .SelectMany(page => page.Page.TagsAt(page.Tree.Index).Select(tag => (tag.Name, page)))
            .GroupBy(pair => Slugifier.Slugify(pair.Name), StringComparer.Ordinal)
            .Where(group => group.Key.Length > 0)
            .Select(group => new Tag(
                group.First().Name,
                group.Key,
                group.Select(pair => pair.page).DistinctBy(page => page.Page.Key)
                    .OrderBy(page => page.Title, StringComparer.OrdinalIgnoreCase).ThenBy(page => page.Page.Key, StringComparer.Ordinal).ToList()))
            .OrderBy(tag => tag.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(tag => tag.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<Tag> Tags { get; }
}
