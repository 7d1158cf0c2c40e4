using SpoilerGen.Tests.Support;
using SpoilerGen.Text;

namespace SpoilerGen.Tests.Text;

/// <summary>
/// An automatic excerpt (a feed's summary, a search result's text) cut with no space in reach ends on a whole
/// character as a reader sees it: an emoji cut in half was published as U+FFFD (attack 10, #01).
/// </summary>
public sealed class ExcerptTests
{
    [Theory]
    [InlineData("😀")]           // two UTF-16 units
    [InlineData("🇰🇷")]          // a flag: two code points, four units
    [InlineData("e\u0301")]      // a letter and its combining accent
    [InlineData("👩‍👩‍👧")]      // a family joined by zero-width joiners
    public void A_feed_summary_and_a_search_excerpt_keep_whole_characters(string character)
    {
        // Unbroken letters up to one unit before each cut (160 for the feed, 100 for the search index), then the character.
        using var site = new TestSite(episodeCount: 2)
            .WritePage("_index.md", "title: Home", "Welcome.")
            .WritePage("feed.md", "title: Feed", new string('a', 159) + character + " more words here.")
            .WritePage("search.md", "title: Search", new string('b', 99) + character + " more words here.");
        Assert.True(site.Build().Succeeded);

        var feed = site.Read("start/feed.xml");
        var index = site.Read("start/search-index.json");
        Assert.DoesNotContain('\uFFFD', feed);
        Assert.DoesNotContain("\\uFFFD", index, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(new string('a', 159) + "…", feed);
        Assert.Contains(new string('b', 99) + "…", index);
    }

    [Fact]
    public void The_cut_stays_before_a_character_that_would_cross_it()
    {
        Assert.Equal(3, FlatText.WholeCharactersWithin("abc😀d", 4));
        Assert.Equal(5, FlatText.WholeCharactersWithin("abc😀d", 5));
        Assert.Equal(6, FlatText.WholeCharactersWithin("abc😀d", 60));
    }
}
