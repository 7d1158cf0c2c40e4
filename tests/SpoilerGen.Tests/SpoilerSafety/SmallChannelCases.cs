using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 10: small channels. Dates come from front matter only; search excerpts and feed summaries
/// carry text, never raw HTML source.
/// </summary>
public static class SmallChannelCases
{
    public static IEnumerable<SafetyCase> All =>
    [
        Page("channel: a hidden phrase at a paragraph's start leaves no space before the text", "[SECRET dies]{spoiler=s01e05} Then the rest.\n",
            new BuildsAnd("the first tree's paragraph starts with its first visible word", read => read("start/page/index.html").Contains("<p>Then the rest.</p>"))),
        Page("channel: a hidden phrase at a heading's end leaves no space after the text", "## Also [SECRET]{spoiler=s01e05}\n\nText.\n",
            new BuildsAnd("the first tree's heading ends with its last visible word", read => read("start/page/index.html").Contains(">Also</h2>"))),
        Page("channel: no date in front matter, no lastmod in the sitemap", "Text. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the sitemap has no <lastmod>", read => read("start/sitemap.xml").Contains("/start/page/") && !read("start/sitemap.xml").Contains("<lastmod>"))),
        File("channel: a date in front matter dates the sitemap and the feed", PagePath, "---\ntitle: Page\ndate: 2024-05-01\n---\nText. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("2024-05-01 in the sitemap and the feed", read => read("start/sitemap.xml").Contains("<lastmod>2024-05-01</lastmod>") && read("start/feed.xml").Contains("2024-05-01T00:00:00Z"))),
        File("channel: lastmod wins over date", PagePath, "---\ntitle: Page\ndate: 2024-05-01\nlastmod: 2024-06-02T10:00:00+09:00\n---\nText. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("2024-06-02 in the sitemap, in UTC in the feed", read => read("start/sitemap.xml").Contains("<lastmod>2024-06-02</lastmod>") && read("start/feed.xml").Contains("2024-06-02T01:00:00Z"))),
        new("channel: a later page's date never dates an earlier tree's section", new Dictionary<string, string>
        {
            ["content/people/open.md"] = "---\ntitle: Open\ndate: 2024-01-01\n---\nText.\n",
            ["content/people/later.md"] = "---\ntitle: SECRET\nspoiler: s01e05\ndate: 2031-12-31\n---\nText.\n",
        }, new BuildsAnd("the section and the feed are dated 2024 in the first tree", read =>
            read("start/sitemap.xml").Contains("<lastmod>2024-01-01</lastmod>") && !read("start/sitemap.xml").Contains("2031")
            && !read("start/feed.xml").Contains("2031") && read("s01e05/feed.xml").Contains("2031-12-31"))),
        Page("channel: an HTML block gives its text to search, not its source", "<div class=\"note-box\">Visible words</div>\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the search index has the words, not the tag", read => read("start/search-index.json").Contains("Visible words") && !read("start/search-index.json").Contains("note-box"))).WithRawHtml(),
        Page("channel: the feed summary has no HTML source", "<p class=\"lead-in\">Visible words</p>\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the feed has the words, not the tag", read => read("start/feed.xml").Contains("Visible words") && !read("start/feed.xml").Contains("lead-in"))).WithRawHtml(),
        Page("channel: inline HTML gives its text to search", "Some <b class=\"strong-one\">bold</b> words. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the excerpt has the words, not the tag", read => read("start/search-index.json").Contains("bold") && !read("start/search-index.json").Contains("strong-one"))).WithRawHtml(),
        Page("channel: a script's code is not searchable text", "<script>var hiddenName = 1;</script>\n\nWords. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("no script in the index", read => !read("start/search-index.json").Contains("hiddenName"))).WithRawHtml(),
        Page("channel: a phrase is absent from every channel of earlier trees", "Text [SECRET words]{spoiler=s01e05} here.\n", Hidden()),
    ];
}
