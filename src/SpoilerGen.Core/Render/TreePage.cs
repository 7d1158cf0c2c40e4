using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>
/// A page as one tree shows it, rendered once and then used by everything that tree writes about it:
/// the page itself, lists, the search index, the feed, the sitemap.
/// </summary>
public sealed record TreePage(
    Tree Tree,
    SitePage Page,
    string Title,
    string? Summary,
    string Url,
    RenderedBody Body,
    bool IsNew)
{
    /// <summary>Whether this tree is the first to show the page, or shows something new on it.</summary>
    public bool RevealsSomething => IsNew || Body.ShowsNewContent;

    /// <summary>
    /// The page once it has been written: what the tree's lists, feed and search index read, without its
    /// HTML, which is most of its size and which only the page itself needed.
    /// </summary>
    public TreePage WithoutHtml() => this with { Body = Body with { Html = "" } };
}
