using System.Text.Json;
using SpoilerGen.Render.Search;
using SpoilerGen.Tests.Build;

namespace SpoilerGen.Tests.Search;

/// <summary>Searching the example guide at episode 3 and at episode 12, side by side.</summary>
public sealed class ExampleSiteSearchTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    [Theory]
    [InlineData("campfire")]
    [InlineData("campf")]
    [InlineData("half-zombie")]
    [InlineData("rooftop")]
    [InlineData("quarantine")]
    [InlineData("military")]
    [InlineData("variant")]
    [InlineData("they're back")]
    public void A_reader_at_episode_3_finds_nothing_of_the_finale_and_a_reader_at_episode_12_does(string query)
    {
        var (early, late) = (Index(3), Index(12));

        Assert.Empty(early.Find(query));
        Assert.DoesNotContain(query, early.Json, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(late.Find(query));
    }

    [Fact]
    public void The_same_page_is_found_in_both_trees_under_the_title_each_tree_shows()
    {
        var (early, late) = (Index(3), Index(12));

        Assert.Contains("characters/nam-ra/", early.Find("nam-ra"));
        Assert.Equal("Nam-ra", early.Pages.Single(page => page.Url == "characters/nam-ra/").Title);
        Assert.Equal("Nam-ra, the half-zombie", late.Pages.Single(page => page.Url == "characters/nam-ra/").Title);
        Assert.Empty(early.Find("nam-ra campf"));
        Assert.Contains("ending/the-rooftop/", late.Find("nam-ra campf"));
        Assert.DoesNotContain(early.Pages, page => page.Url.StartsWith("ending/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_tree_page_points_to_its_own_index_and_the_chooser_to_none()
    {
        foreach (var checkpoint in new[] { 0, 3, 12 })
        {
            var html = site.Read(TreeOf(checkpoint) + "characters/on-jo/index.html");
            Assert.Contains($"<meta name=\"spoilergen-search-index\" content=\"/guide/{TreeOf(checkpoint)}search-index.json\" data-button=\"Search\"", html);
        }
        Assert.DoesNotContain("spoilergen-search-index", site.Read("index.html"));
    }

    [Fact]
    public void Without_JavaScript_there_is_no_search_box_the_script_writes_it()
    {
        var html = site.Read(TreeOf(3) + "index.html");
        var script = File.ReadAllText(Path.Combine(site.Output, "assets", "search.js"));

        // Not even a template in the page: each page is lighter, and the script writes the box into the header.
        Assert.DoesNotContain("<input", html);
        Assert.DoesNotContain("role=\"search\"", html);
        Assert.Contains("<label for=\"search-input\">", script);
        Assert.Contains("role=\"search\"", script);
    }

    [Fact]
    public void The_search_script_stays_under_6_KB()
    {
        // 5 KB since it writes the search box too: once, cached, instead of 0.75 KB in every page; 6 KB since it
        // cuts Japanese, Chinese and Korean queries into terms as the index does, and speaks the guide's language.
        Assert.InRange(new FileInfo(Path.Combine(site.Output, "assets", "search.js")).Length, 1, 6144);
    }

    private SearchIndexFile Index(int checkpoint) => new(site.Read(TreeOf(checkpoint) + SearchIndexWriter.FileName));

    private string TreeOf(int checkpoint) =>
        JsonDocument.Parse(site.Read("levels.json")).RootElement[checkpoint].GetProperty("path").GetString()!;
}
