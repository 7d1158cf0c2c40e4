using System.Xml.Linq;
using SpoilerGen.Model;
using SpoilerGen.Render.Output;
using SpoilerGen.Translation;

namespace SpoilerGen.Render.Feeds;

/// <summary>
/// Writes a tree's Atom feed: "what's new once you have seen this episode". Each entry is a page or a
/// section that the tree is the first to show, so the feed of tree k never carries text from past k.
/// Dates come only from front matter (see <see cref="TreePageDates"/>): an entry without one carries the
/// feed's date, the latest of the tree's pages' (1970-01-01 when none has a date), as Atom requires a date on each.
/// </summary>
public sealed class AtomFeedWriter(SiteModel site, SiteUrls urls)
{
    public const string FileName = "feed.xml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public TextOutputFile Write(Tree tree, IReadOnlyList<TreePage> pages)
    {
        var feedUrl = urls.Absolute(urls.Tree(tree) + FileName);
        var updated = pages.Select(page => TreePageDates.Of(page, pages)).Max() ?? Load.Sources.SourcePage.NoDate;
        var entries = pages
            .Where(page => page.RevealsSomething || site.PreviousTree(tree) is null)
            .OrderBy(page => page.Page.Key, StringComparer.Ordinal)
            .SelectMany(page => Entries(page, TreePageDates.Of(page, pages) ?? updated))
            .ToList();

        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", site.Config.Words.Language),
            new XElement(Atom + "title", $"{site.Config.Title}: {TitleFor(site.Config.Words, site.Timeline.Checkpoints[tree.Index])}"),
            new XElement(Atom + "link", new XAttribute("href", urls.Absolute(urls.Tree(tree)))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "id", feedUrl),
            new XElement(Atom + "updated", Rfc3339(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", site.Config.Title)),
            new XElement(Atom + "generator", "SpoilerGen"),
            entries);
        return new TextOutputFile(tree.Path + FileName, XmlText.Of(feed));
    }

    /// <summary>
    /// A key of everything the tree's feed is made from, page by page (its address, title, summary or excerpt, date, new
    /// sections and whether the tree reveals something on it): the feed of pages with the same key is the same file.
    /// What it reads besides (the site's title and words, the tree's checkpoint) is the render cache's site key.
    /// </summary>
    public static string EntriesKey(Tree tree, IReadOnlyList<TreePage> pages)
    {
        using var key = new Text.ContentKey();
        key.Add("feed").Add(tree.Path).Add(pages.Count);
        foreach (var page in pages)
        {
            key.Add(page.Page.Key).Add(page.Url).Add(page.Title).Add(page.Summary).Add(page.IsNew).Add(page.Body.ShowsNewContent)
                .Add(page.Page.Body is null).Add(page.Page.LastModified.UtcTicks).Add(page.Page.LastModified.Offset.Ticks);
            if (page.Summary is null) key.Add(page.Body.FeedExcerpt);
            key.Add(page.Body.NewSections.Count);
            foreach (var section in page.Body.NewSections) key.Add(section.Id).Add(section.Text);
        }
        return key.Finish();
    }

    /// <summary>What the feed of a tree is called, in the feed itself and where pages link it.</summary>
    public static string TitleFor(LanguageTable words, Checkpoint checkpoint) => checkpoint.Episode is null
        ? words.Text(TranslationKeys.FeedStart)
        : words.Text(TranslationKeys.FeedEpisode, null, ("episode", new CheckpointLabels(words).At(checkpoint, checkpoint.Index)));

    private IEnumerable<XElement> Entries(TreePage page, DateTimeOffset updated)
    {
        var url = urls.Absolute(page.Url);
        var summary = page.Summary ?? page.Body.FeedExcerpt;
        yield return Entry(page.Title, url, updated, summary);
        if (page.IsNew) yield break;
        foreach (var section in page.Body.NewSections)
        {
            yield return Entry($"{page.Title}: {section.Text}", $"{url}#{section.Id}", updated, null);
        }
    }

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static XElement Entry(string title, string url, DateTimeOffset updated, string? summary) =>
        new(Atom + "entry",
            new XElement(Atom + "title", title),
            new XElement(Atom + "link", new XAttribute("href", url)),
            new XElement(Atom + "id", url),
            new XElement(Atom + "updated", Rfc3339(updated)),
            string.IsNullOrWhiteSpace(summary) ? null : new XElement(Atom + "summary", summary));
}
