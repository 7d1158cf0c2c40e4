using SpoilerGen.Build;
using SpoilerGen.Markup.SpoilerMap;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.SpoilerMap;
using SpoilerGen.Render.Templates;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Serve;

/// <summary>The spoiler map of a fixture page that uses every kind of spoiler markup: each region, with its episode and level, in order.</summary>
public sealed class SpoilerMapTests
{
    private const string FixturePage = """
        Plain text. [A phrase]{spoiler=s01e03}.

        ::: spoiler s01e05
        A block.

        ::: spoiler s01e01
        Inner, written earlier than its block.
        :::
        :::

        ## Later {spoiler=s01e07}

        Under the heading.
        """;

    private const string FixtureFrontMatter = """
        title:
          start: The stranger
          s01e04: The stranger, a spy
        summary:
          start: Someone new in town.
          s01e06: A spy for the other side.
        tags: [people, { name: spies, spoiler: s01e04 }]
        spoiler: s01e02
        """;

    private static SpoilerMap MapOfFixture(TestSite site)
    {
        var rendered = SiteBuilder.Render(new BuildOptions(site.Root));
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        var page = rendered.Site!.Page("characters/stranger/");
        return new SpoilerMapBuilder(rendered.Site, rendered.Pipeline!, new SiteUrls(rendered.Site.Config), target => "/map/" + target.Key).Build(page);
    }

    [Fact]
    public void Lists_each_region_of_the_page_with_its_episode_level_and_position()
    {
        using var site = new TestSite(episodeCount: 8).WritePage("characters/stranger.md", FixtureFrontMatter, FixturePage);

        var map = MapOfFixture(site);

        // The front matter has 9 lines between its fences, so the body starts on line 11.
        Assert.Equal(
            [
                new SpoilerRegion(SpoilerRegionKind.Page, "s01e02", 2, 2, 0, 0, Path.Combine("content", "characters", "stranger.md")),
                new SpoilerRegion(SpoilerRegionKind.Title, "s01e04", 4, 4, 0, 0, "The stranger, a spy"),
                new SpoilerRegion(SpoilerRegionKind.Summary, "s01e06", 6, 6, 0, 0, "A spy for the other side."),
                new SpoilerRegion(SpoilerRegionKind.Tag, "s01e04", 4, 4, 0, 0, "spies"),
                new SpoilerRegion(SpoilerRegionKind.Phrase, "s01e03", 3, 3, 11, 13, "A phrase"),
                new SpoilerRegion(SpoilerRegionKind.Block, "s01e05", 5, 5, 13, 1, "A block. Inner, written earlier than its block."),
                new SpoilerRegion(SpoilerRegionKind.Block, "s01e01", 1, 5, 16, 1, "Inner, written earlier than its block."),
                new SpoilerRegion(SpoilerRegionKind.HeadingSection, "s01e07", 7, 7, 21, 1, "Later Under the heading."),
            ],
            map.Regions.Select(region => region.Kind == SpoilerRegionKind.Page ? region with { Text = Path.GetRelativePath(site.Root, Path.GetFullPath(region.Text)) } : region));
        Assert.Equal("The stranger, a spy", map.Title);
    }

    /// <summary>
    /// The map names lines of the parse it was built from, read once through the site's jail: the file is never
    /// read again by name (it could have been swapped for a link out of the site, or have changed since).
    /// </summary>
    [Fact]
    public void Names_the_lines_of_the_parse_it_maps_even_when_the_file_changed_since()
    {
        using var site = new TestSite(episodeCount: 8).WritePage("characters/stranger.md", FixtureFrontMatter, FixturePage);
        var rendered = SiteBuilder.Render(new BuildOptions(site.Root));
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        site.WritePage("characters/stranger.md", "title: Short", FixturePage);

        var map = new SpoilerMapBuilder(rendered.Site!, rendered.Pipeline!, new SiteUrls(rendered.Site!.Config), target => "/map/" + target.Key)
            .Build(rendered.Site!.Page("characters/stranger/"));

        Assert.Equal((11, 13), map.Regions.Where(region => region.Kind == SpoilerRegionKind.Phrase).Select(region => (region.Line, region.Column)).Single());
    }

    [Fact]
    public void Outlines_each_region_in_the_fullest_body_and_dashes_markup_that_adds_nothing()
    {
        using var site = new TestSite(episodeCount: 8).WritePage("characters/stranger.md", FixtureFrontMatter, FixturePage);

        var html = MapOfFixture(site).BodyHtml;

        Assert.Contains("<span class=\"sg-region sg-region-phrase\" data-kind=\"phrase\" data-episode=\"s01e03\" data-level=\"3\" data-shown-from=\"3\"", html);
        Assert.Contains("<span class=\"sg-region-label\">Phrase · s01e03 · Episode 3</span> A phrase</span>", html);
        Assert.Contains("<div class=\"sg-region sg-region-block\" data-kind=\"block\" data-episode=\"s01e05\" data-level=\"5\"", html);
        Assert.Contains("<div class=\"sg-region sg-region-block sg-region-redundant\" data-kind=\"block\" data-episode=\"s01e01\" data-level=\"1\" data-shown-from=\"5\"", html);
        Assert.Contains("<div class=\"sg-region sg-region-section\" data-kind=\"section\" data-episode=\"s01e07\" data-level=\"7\"", html);
        // The fullest form: every word of every level is there, and nothing is left out.
        foreach (var text in new[] { "Plain text.", "A phrase", "A block.", "Inner, written earlier", "<h2>Later</h2>", "Under the heading." }) Assert.Contains(text, html);
    }

    [Fact]
    public void A_page_without_markup_has_no_regions_and_its_links_lead_to_other_maps()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("a.md", "title: A", "See [B](b.md) and ![a school](/images/school.png).")
            .WritePage("b.md", "title: B", "Hello.")
            .WriteFile("static/images/school.png", "GIF89a");
        var rendered = SiteBuilder.Render(new BuildOptions(site.Root));
        var map = new SpoilerMapBuilder(rendered.Site!, rendered.Pipeline!, new SiteUrls(rendered.Site!.Config), target => "/map/" + target.Key)
            .Build(rendered.Site.Page("a/"));

        Assert.Empty(map.Regions);
        Assert.Contains("<a href=\"/map/b/\">B</a>", map.BodyHtml);
        Assert.Contains("<img src=\"/guide/images/school.png\" alt=\"a school\">", map.BodyHtml);
    }

    [Fact]
    public void Rendering_a_map_leaves_the_built_site_as_it_was()
    {
        using var site = new TestSite(episodeCount: 8).WritePage("characters/stranger.md", FixtureFrontMatter, FixturePage);
        var before = SiteBuilder.Render(new BuildOptions(site.Root));
        var page = before.Site!.Page("characters/stranger/");
        new SpoilerMapBuilder(before.Site, before.Pipeline!, new SiteUrls(before.Site.Config), target => target.Key).Build(page);

        var output = new InMemoryOutput(new());
        new SiteRenderer(before.Site, ThemeTemplates.Load(site.Root, new()), before.Pipeline!, SiteBuilder.Version, new()).Render(site.Root, output);
        var renderedAgain = output.Files;

        Assert.Equal(
            before.Files!.Select(file => Convert.ToBase64String(OutputFileBytes.Of(file))),
            renderedAgain.Select(file => Convert.ToBase64String(OutputFileBytes.Of(file))));
        Assert.DoesNotContain(renderedAgain.OfType<TextOutputFile>(), file => file.Text.Contains("sg-region", StringComparison.Ordinal));
    }
}
