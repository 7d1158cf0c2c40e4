using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Templates;

/// <summary>The chooser lists checkpoints by season when the series has several, with the labels docs/theme.md promises.</summary>
public sealed class SeasonGroupingTests
{
    [Fact]
    public void Several_seasons_are_grouped_under_their_headings()
    {
        using var site = new TestSite().WritePage("_index.md", "title: Home", "Hi.").WriteFile("spoilergen.yml", """
            title: Test guide
            base_url: /
            series:
              title: Test series
              seasons:
                - episodes: [{ id: s01e01 }, { id: s01e02 }]
                - number: 2
                  episodes: [{ id: s02e01 }, { id: s02e02, title: "The reveal" }, { id: s02e03 }]
            """);

        Assert.Empty(site.Build().Diagnostics);
        var chooser = site.Read("index.html");

        var main = chooser[chooser.IndexOf("<main", StringComparison.Ordinal)..chooser.IndexOf("</main>", StringComparison.Ordinal)];
        // Under its season's heading an episode is "Episode 2": the season is not repeated on every card.
        Assert.Matches(
            """(?s)<ul class="checkpoints">\s*<li id="checkpoint-0"><a [^>]*data-checkpoint="0">Not started</a></li>\s*</ul>\s*""" +
            """<section class="season" aria-labelledby="season-1">\s*<h2 id="season-1">Season 1</h2>\s*<ul class="checkpoints">\s*<li id="checkpoint-1"><a [^>]*data-checkpoint="1">Episode 1</a></li>\s*<li id="checkpoint-2"><a [^>]*data-checkpoint="2">Episode 2</a></li>\s*</ul>\s*</section>\s*""" +
            """<section class="season" aria-labelledby="season-2">\s*<h2 id="season-2">Season 2</h2>\s*<ul class="checkpoints">\s*<li id="checkpoint-3"><a [^>]*data-checkpoint="3">Episode 1</a></li>\s*<li id="checkpoint-4"><a [^>]*data-checkpoint="4">Episode 2</a></li>\s*<li id="checkpoint-5"><a [^>]*data-checkpoint="5">Episode 3</a></li>\s*</ul>\s*</section>""",
            main);
        Assert.DoesNotContain("The reveal", chooser);
    }

    [Fact]
    public void One_season_is_one_list_labelled_by_episode()
    {
        using var site = new TestSite(episodeCount: 3).WritePage("_index.md", "title: Home", "Hi.");

        Assert.Empty(site.Build().Diagnostics);
        var chooser = site.Read("index.html");

        Assert.DoesNotContain("class=\"season\"", chooser);
        Assert.Contains("What is the last episode you finished?", chooser);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(chooser, "<ul class=\"checkpoints\">"));
        Assert.Contains(">Episode 3</a>", chooser);
        Assert.DoesNotContain("Season 1", chooser);
    }
}
