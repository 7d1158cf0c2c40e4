using System.Text.Json;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Build;

/// <summary>
/// <c>checkpoints:</c> in spoilergen.yml bounds how many trees a long series makes: only the listed episodes
/// (or each season's last, with <c>seasons</c>), "not started" and the last episode get trees, and a reader in
/// between is sent to the earlier tree, which never shows anything past its own checkpoint.
/// </summary>
public sealed class CheckpointsConfigTests
{
    private static TestSite Site(string checkpoints) => new TestSite()
        .WriteFile("spoilergen.yml", $"""
            title: Test guide
            base_url: https://example.org/guide/
            series:
              title: Test series
              seasons:
                - number: 1
                  episodes:
                    - id: s01e01
                    - id: s01e02
                    - id: s01e03
                - number: 2
                  episodes:
                    - id: s02e01
                    - id: s02e02
                    - id: s02e03
            {checkpoints}
            """)
        .WritePage("_index.md", "title: Home", string.Concat(
            new[] { "s01e01", "s01e02", "s01e03", "s02e01", "s02e02", "s02e03" }.Select(id => $"::: spoiler {id}\nMARKER-{id}\n:::\n\n")))
        .WritePage("late.md", "title: Late\nspoiler: s01e02", "A page from the second episode on.");

    private static IReadOnlyList<string> TreesOf(TestSite site) =>
        [.. Directory.EnumerateDirectories(site.Output).Select(Path.GetFileName).Where(name => name != "assets").Order(StringComparer.Ordinal)!];

    [Fact]
    public void Only_the_listed_episodes_the_start_and_the_last_episode_get_trees()
    {
        using var site = Site("checkpoints: [s01e03]");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(["s01e03", "s02e03", "start"], TreesOf(site));
        Assert.Contains("MARKER-s01e03", site.Read("s01e03/index.html"));
        Assert.DoesNotContain("MARKER-s02e01", site.Read("s01e03/index.html"));
        Assert.DoesNotContain("MARKER-s01e01", site.Read("start/index.html"));
        Assert.Contains("MARKER-s02e03", site.Read("s02e03/index.html"));
        // A reader at s01e02 or s02e02 gets the nearest earlier tree.
        using var levels = JsonDocument.Parse(site.Read("levels.json"));
        var pathByEpisode = levels.RootElement.EnumerateArray().ToDictionary(
            level => level.GetProperty("episode").GetString() ?? "start", level => level.GetProperty("path").GetString());
        Assert.Equal("start/", pathByEpisode["s01e02"]);
        Assert.Equal("s01e03/", pathByEpisode["s02e02"]);
    }

    [Fact]
    public void A_page_that_starts_between_two_trees_is_first_shown_and_indexed_in_the_later_one()
    {
        using var site = Site("checkpoints: [s01e03]");
        Assert.True(site.Build().Succeeded);

        Assert.False(site.Exists("start/late/index.html"));
        var page = site.Read("s01e03/late/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/guide/s01e03/late/\">", page);
        Assert.DoesNotContain("noindex", page);
        Assert.Contains("https://example.org/guide/s01e03/late/", site.Read("s01e03/sitemap.xml"));
    }

    [Fact]
    public void Seasons_gives_one_tree_per_season()
    {
        using var site = Site("checkpoints: seasons");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(["s01e03", "s02e03", "start"], TreesOf(site));
    }

    [Fact]
    public void An_unknown_episode_is_an_error_at_its_line()
    {
        using var site = Site("checkpoints: [s01e03, s09e09]");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SG0003", 16), (error.Code, error.Position.Line));
        Assert.Contains("'s09e09' is not an episode", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
