using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SpoilerGen.Tests.Build;

/// <summary>
/// Every channel a page travels through, on the example guide, at episode 3 and at episode 12 side by
/// side: the feed, the share tags, the search engine tags and the sitemaps.
/// </summary>
public sealed partial class ExampleSiteChannelTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] FinaleWords = ["campfire", "half-zombie", "rooftop", "four months", "variant", "military"];

    [Fact]
    public void The_feed_at_episode_3_says_nothing_of_the_finale_and_the_feed_at_12_announces_it()
    {
        var early = site.Read(TreeOf(3) + "feed.xml");
        var late = XDocument.Parse(site.Read(TreeOf(12) + "feed.xml"));

        foreach (var word in FinaleWords) Assert.DoesNotContain(word, early, StringComparison.OrdinalIgnoreCase);
        var titles = late.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Contains("Nam-ra, the half-zombie", titles);
        Assert.Contains(titles, title => title.Contains("rooftop", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("On-jo: In the final episode", titles);
        Assert.All(late.Root.Elements(Atom + "entry"), entry =>
            Assert.StartsWith("https://example.github.io/guide/s01e12/", entry.Element(Atom + "link")!.Attribute("href")!.Value));
    }

    [Fact]
    public void Every_tree_home_and_section_links_its_own_feed_and_a_single_page_leaves_it_to_them()
    {
        var link = $"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/guide/{TreeOf(3)}feed.xml\"";
        Assert.Contains(link, site.Read(TreeOf(3) + "index.html"));
        Assert.Contains(link, site.Read(TreeOf(3) + "characters/index.html"));
        // As in Hugo: a feed reader finds the feed from the home or a section; a page of its own saves the bytes.
        Assert.DoesNotContain("application/atom+xml", site.Read(TreeOf(3) + "characters/nam-ra/index.html"));
    }

    [Fact]
    public void Share_tags_at_episode_3_and_12_are_the_same_spoiler_free_preview()
    {
        var early = ShareTags(site.Read(TreeOf(3) + "characters/nam-ra/index.html"));
        var late = ShareTags(site.Read(TreeOf(12) + "characters/nam-ra/index.html"));

        Assert.Equal(early, late);
        Assert.Contains("<meta property=\"og:title\" content=\"Nam-ra\">", early);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.github.io/guide/start/characters/nam-ra/\">", early);
        foreach (var word in FinaleWords) Assert.DoesNotContain(word, string.Join("\n", late), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_the_first_form_of_a_page_may_be_indexed()
    {
        var first = site.Read("start/characters/nam-ra/index.html");
        var later = site.Read(TreeOf(12) + "characters/nam-ra/index.html");
        const string canonical = "<link rel=\"canonical\" href=\"https://example.github.io/guide/start/characters/nam-ra/\">";

        Assert.Contains(canonical, first);
        Assert.DoesNotContain("noindex", first);
        Assert.Contains(canonical, later);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", later);
    }

    [Fact]
    public void The_sitemaps_list_each_page_once_in_its_first_form_and_the_root_names_no_page()
    {
        var index = XDocument.Parse(site.Read("sitemap.xml"));
        var treeSitemaps = index.Root!.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        var pages = treeSitemaps
            .Select(url => XDocument.Parse(site.Read(url.Replace("https://example.github.io/guide/", ""))))
            .SelectMany(doc => doc.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value))
            .ToList();

        Assert.Equal(pages.Count, pages.Distinct().Count());
        Assert.Contains("https://example.github.io/guide/start/characters/nam-ra/", pages);
        Assert.DoesNotContain("https://example.github.io/guide/s01e12/characters/nam-ra/", pages);
        Assert.Contains("https://example.github.io/guide/s01e12/ending/the-rooftop/", pages);
        Assert.Contains("https://example.github.io/guide/s01e12/ending/the-rooftop/", site.Read(TreeOf(12) + "sitemap.xml"));
        foreach (var word in FinaleWords) Assert.DoesNotContain(word, site.Read("sitemap.xml"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sitemap: https://example.github.io/guide/sitemap.xml", site.Read("robots.txt"));
    }

    [Fact]
    public void The_404_page_leads_back_to_the_chooser_under_the_base_path()
    {
        var notFound = site.Read("404.html");

        Assert.Contains("href=\"/guide/\"", notFound);
        Assert.Contains("href=\"/guide/assets/style.css\"", notFound);
        foreach (var word in FinaleWords) Assert.DoesNotContain(word, notFound, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Tag_pages_show_only_the_tags_and_counts_of_their_tree()
    {
        var early = site.Read(TreeOf(3) + "tags/index.html");
        var late = site.Read(TreeOf(12) + "tags/index.html");

        Assert.DoesNotContain("half-zombie", early);
        Assert.Contains("half-zombie", late);
        Assert.True(File.Exists(Path.Combine(site.Output, TreeOf(12) + "tags/half-zombie/index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, TreeOf(3) + "tags/half-zombie/index.html")));
    }

    private static List<string> ShareTags(string html) => [.. ShareTag().Matches(html).Select(m => m.Value)];

    [GeneratedRegex("<meta (property|name)=\"(og:[a-z_:]+|twitter:[a-z_:]+|description)\" content=\"[^\"]*\">|<link rel=\"canonical\" href=\"[^\"]*\">")]
    private static partial Regex ShareTag();

    private string TreeOf(int checkpoint) =>
        JsonDocument.Parse(site.Read("levels.json")).RootElement[checkpoint].GetProperty("path").GetString()!;
}
