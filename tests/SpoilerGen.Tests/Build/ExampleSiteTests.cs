using System.Text.Json;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Build;

/// <summary>What a reader of the example guide finds in each tree.</summary>
public sealed class ExampleSiteTests(ExampleSiteFixture site) : IClassFixture<ExampleSiteFixture>
{
    /// <summary>Facts of the finale (episode 12) as the guide words them: none may reach an earlier reader.</summary>
    private static readonly string[] FinaleWords =
        ["campfire", "four months", "half-zombie", "quarantin", "military", "rooftop", "they&#39;re back", "they're back", "variant", "ending/", "theories/"];

    /// <summary>The same facts as the Korean translation words them.</summary>
    private static readonly string[] KoreanFinaleWords = ["모닥불", "넉 달", "반좀비", "격리", "군에", "옥상", "돌아왔어", "변종", "ending/", "theories/"];

    private static string[] FinaleWordsOf(string languageFolder) => languageFolder.Length == 0 ? FinaleWords : KoreanFinaleWords;

    [Fact]
    public void The_guide_builds_without_errors()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.All(site.Result.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void Levels_json_lists_every_checkpoint_with_its_tree()
    {
        var levels = JsonDocument.Parse(site.Read("levels.json")).RootElement.EnumerateArray().ToList();

        Assert.Equal(13, levels.Count);
        Assert.Equal(JsonValueKind.Null, levels[0].GetProperty("episode").ValueKind);
        Assert.Equal("start/", levels[0].GetProperty("path").GetString());
        Assert.Equal(Enumerable.Range(0, 13), levels.Select(l => l.GetProperty("index").GetInt32()));
        Assert.Equal("s01e12", levels[12].GetProperty("episode").GetString());
        Assert.All(levels, level => Assert.True(Directory.Exists(Path.Combine(site.Output, level.GetProperty("path").GetString()!))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ko/")]
    public void A_reader_at_episode_3_finds_nothing_of_the_finale_anywhere_in_their_tree(string languageFolder)
    {
        var tree = languageFolder + TreeOf(3);
        var files = site.FilesUnder(tree).ToList();

        Assert.NotEmpty(files);
        foreach (var (path, text) in files)
        {
            foreach (var word in FinaleWordsOf(languageFolder))
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{path} holds '{word}'");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ko/")]
    public void The_root_files_hold_nothing_of_any_episode(string languageFolder)
    {
        foreach (var file in new[] { "index.html", "levels.json" })
        {
            var text = site.Read(languageFolder + file);
            foreach (var word in FinaleWordsOf(languageFolder)) Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_Korean_finale_tree_tells_the_whole_story_and_links_the_English_page()
    {
        var page = site.Read("ko/" + TreeOf(12) + "characters/nam-ra/index.html");

        Assert.Contains("<html lang=\"ko\"", page);
        Assert.Contains("<h1>반좀비가 된 남라</h1>", page);
        Assert.Contains("모닥불", page);
        Assert.Contains("12화에서 새로 추가", page);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.github.io/guide/s01e12/characters/nam-ra/\">", page);
        Assert.Contains("<h1>남라</h1>", site.Read("ko/" + TreeOf(3) + "characters/nam-ra/index.html"));
    }

    [Fact]
    public void The_finale_tree_tells_the_whole_story_and_marks_it_new()
    {
        var page = site.Read(TreeOf(12) + "characters/nam-ra/index.html");

        Assert.Contains("<h1>Nam-ra, the half-zombie</h1>", page);
        Assert.Contains("campfire", page);
        Assert.Contains("class=\"reveal reveal-new\"", page);
        Assert.Contains("New in Episode 12", page);
    }

    [Fact]
    public void A_progressive_title_changes_with_the_tree()
    {
        Assert.Contains("<h1>Nam-ra</h1>", site.Read(TreeOf(3) + "characters/nam-ra/index.html"));
        Assert.Contains("<title>Nam-ra · ", site.Read(TreeOf(3) + "characters/nam-ra/index.html"));
    }

    [Fact]
    public void Links_to_pages_of_the_finale_are_plain_text_before_it()
    {
        var early = site.Read(TreeOf(3) + "index.html");
        var late = site.Read(TreeOf(12) + "index.html");

        Assert.DoesNotContain("ending/\"", early);
        Assert.Contains("href=\"/guide/s01e12/ending/\"", late);
    }

    [Fact]
    public void Every_page_offers_the_next_episode_except_in_the_last_tree()
    {
        Assert.Contains("class=\"next-episode\"><a href=\"/guide/s01e04/characters/on-jo/\">I’ve watched", site.Read(TreeOf(3) + "characters/on-jo/index.html"));
        Assert.DoesNotContain("I’ve watched", site.Read(TreeOf(12) + "characters/on-jo/index.html"));
    }

    private string TreeOf(int checkpoint) =>
        JsonDocument.Parse(site.Read("levels.json")).RootElement[checkpoint].GetProperty("path").GetString()!;
}
