using System.Xml.Linq;
using SpoilerGen.Model;

namespace SpoilerGen.Render.SearchEngines;

/// <summary>
/// Writes the sitemaps. Each page is listed once, in the tree of its spoiler-free form; the file at the
/// root is only an index of the trees' sitemaps, so it names no page and holds nothing of any episode.
/// A page's <c>lastmod</c> is its front matter's date (see <see cref="TreePageDates"/>), never a file's
/// modification time, and is left out when there is none.
/// </summary>
public sealed class SitemapWriter(SiteModel site, SiteUrls urls)
{
    public const string FileName = "sitemap.xml";
    public const string RootPagesFileName = "sitemap-root.xml";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The pages whose first form is in this tree.</summary>
    public TextOutputFile WriteTree(Tree tree, IReadOnlyList<TreePage> pages) =>
        UrlSet(tree.Path + FileName, pages
            .Where(page => site.FirstTree(page.Page) == tree)
            .OrderBy(page => page.Page.Key, StringComparer.Ordinal)
            .Select(page => (urls.Absolute(page.Url), TreePageDates.Of(page, pages))));

    /// <summary>The chooser, the one page at the root.</summary>
    public TextOutputFile WriteRootPages() => UrlSet(RootPagesFileName, [(urls.Absolute(urls.Root), null)]);

    public TextOutputFile WriteIndex()
    {
        var sitemaps = site.Trees.Select(tree => urls.Absolute(urls.Tree(tree) + FileName)).Prepend(urls.Absolute(urls.Root + RootPagesFileName));
        var index = new XElement(Sitemaps + "sitemapindex",
            sitemaps.Select(url => new XElement(Sitemaps + "sitemap", new XElement(Sitemaps + "loc", url))));
        return new TextOutputFile(FileName, XmlText.Of(index));
    }

    private static TextOutputFile UrlSet(string path, IEnumerable<(string Url, DateTimeOffset? LastModified)> entries)
    {
        var set = new XElement(Sitemaps + "urlset", entries.Select(entry => new XElement(Sitemaps + "url",
            new XElement(Sitemaps + "loc", entry.Url),
            entry.LastModified is { } modified ? new XElement(Sitemaps + "lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null)));
        return new TextOutputFile(path, XmlText.Of(set));
    }
}
