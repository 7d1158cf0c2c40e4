using System.Xml.Linq;
using SpoilerGen.Model;
using SpoilerGen.Render.Output;

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
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The pages whose first form is in this tree, each with its translations that this tree shows (<c>xhtml:link</c>).</summary>
    public TextOutputFile WriteTree(Tree tree, IReadOnlyList<TreePage> pages) =>
        UrlSet(tree.Path + FileName, pages
            .Where(page => site.FirstTree(page.Page) == tree)
            .OrderBy(page => page.Page.Key, StringComparer.Ordinal)
            .Select(page => new SitemapEntry(urls.Absolute(page.Url), TreePageDates.Of(page, pages),
                [.. site.Translations.At(page.Page.TranslationKey, tree.Index).Select(t => (t.Language.Code, urls.Absolute(urls.Translation(t.Language, tree, t.PageKey))))])));

    /// <summary>The choosers, the pages at the root of each language, each listing the others as its alternates.</summary>
    public TextOutputFile WriteRootPages(IReadOnlyList<string> languageRoots)
    {
        var languages = site.Translations.Languages;
        (string, string)[] alternates = [.. languages.Select((language, index) => (language.Code, urls.Absolute(languageRoots[index])))];
        return UrlSet(RootPagesFileName, languageRoots.Select(root => new SitemapEntry(urls.Absolute(root), null, alternates)));
    }

    /// <summary>The index of every language's trees' sitemaps, and of the choosers'.</summary>
    public TextOutputFile WriteIndex(IReadOnlyList<(SiteModel Site, SiteUrls Urls)> languages)
    {
        var sitemaps = languages.SelectMany(language => language.Site.Trees.Select(tree => urls.Absolute(language.Urls.Tree(tree) + FileName)))
            .Prepend(urls.Absolute(urls.Root + RootPagesFileName));
        var index = new XElement(Sitemaps + "sitemapindex",
            sitemaps.Select(url => new XElement(Sitemaps + "sitemap", new XElement(Sitemaps + "loc", url))));
        return new TextOutputFile(FileName, XmlText.Of(index));
    }

    /// <summary>One <c>url</c> of a sitemap: its address, its date, and its alternates in other languages (none for a site in one language).</summary>
    private sealed record SitemapEntry(string Url, DateTimeOffset? LastModified, (string Language, string Url)[] Alternates);

    private static TextOutputFile UrlSet(string path, IEnumerable<SitemapEntry> entries)
    {
        var list = entries.ToList();
        var set = new XElement(Sitemaps + "urlset", list.Select(entry => new XElement(Sitemaps + "url",
            new XElement(Sitemaps + "loc", entry.Url),
            entry.LastModified is { } modified ? new XElement(Sitemaps + "lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
            entry.Alternates.Select(alternate => new XElement(Xhtml + "link",
                new XAttribute("rel", "alternate"), new XAttribute("hreflang", alternate.Language), new XAttribute("href", alternate.Url))))));
        // Declared only where used: a site in one language keeps the sitemaps it had.
        if (list.Any(entry => entry.Alternates.Length > 0)) set.Add(new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName));
        return new TextOutputFile(path, XmlText.Of(set));
    }
}
