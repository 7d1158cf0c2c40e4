using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Accessibility;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Theme;

/// <summary>
/// A two-season guide with a theme of its own (accent, logo, hero) and a portrait that changes after a
/// twist: the chooser grouped by season, the first screen, axe in both schemes, and the page image as
/// spoiler-safe as the title.
/// </summary>
[Collection(TwoSeasonGuideCollection.Name)]
public sealed class TwoSeasonGuideTests(TwoSeasonGuideFixture guide, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task The_chooser_asks_for_the_last_episode_finished_and_groups_episodes_by_season_without_repeating_it()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("What is the last episode you finished?");
        Assert.Equal(["Season 1", "Season 2"], await page.Locator("section.season h2").AllTextContentsAsync());
        Assert.Equal(["Episode 1", "Episode 2", "Episode 3"], await page.Locator("section.season").Nth(0).Locator(".checkpoints a").AllTextContentsAsync());
        Assert.Equal(["Episode 1", "Episode 2"], await page.Locator("section.season").Nth(1).Locator(".checkpoints a").AllTextContentsAsync());
        // Season 2, Episode 1 is checkpoint 4: the card leads to the tree that serves it.
        await page.Locator("section.season").Nth(1).Locator(".checkpoints a").First.FollowAsync();
        Assert.Equal(guide.UrlOf(guide.Site.LevelOf(4).Path), page.Url);
        await Assertions.Expect(page.Locator(".safe-up-to")).ToContainTextAsync("Season 2, Episode 1");
    }

    [BrowserFact]
    public async Task The_chooser_grouped_by_season_is_captured_at_both_widths_in_both_schemes()
    {
        var folder = Path.Combine(guide.RepositoryFolder, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, width, height) in ReaderChecks.Viewports)
        {
            foreach (var scheme in ReaderChecks.Schemes)
            {
                await using var context = await guide.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = height },
                    ColorScheme = scheme,
                });
                var page = await context.NewPageAsync();
                await page.GotoAsync("");
                await Assertions.Expect(page.Locator("section.season h2")).ToHaveCountAsync(2);
                Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, $"the chooser scrolls sideways at {width} px");
                var file = Path.Combine(folder, $"two-season-chooser-{name}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Type = ScreenshotType.Png });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is nearly empty");
                output.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length / 1024} KB");
            }
        }
        if (Environment.GetEnvironmentVariable(Reading.ScreenshotTests.UpdateDocsVariable) == "1")
        {
            File.Copy(Path.Combine(folder, "two-season-chooser-phone.png"), Path.Combine(guide.RepositoryFolder, "docs", "screenshots", "two-season-chooser-phone.png"), overwrite: true);
        }
    }

    [BrowserFact]
    public async Task The_theme_shows_the_logo_hero_and_accent()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(guide.Site.LevelOf(1).Path);

        Assert.EndsWith("/guide/images/logo.svg", await page.Locator(".site-title img.logo").EvaluateAsync<string>("i => i.src"));
        Assert.True(await page.Locator(".site-title img.logo").EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the logo loads");
        Assert.True(await page.Locator("img.hero").EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the hero loads");
        // #0f766e itself reads on white (5.5:1), so the light scheme's links are the accent unchanged.
        Assert.Equal("rgb(15, 118, 110)", await page.Locator(".change-episode a").EvaluateAsync<string>("a => getComputedStyle(a).color"));
    }

    [BrowserFact]
    public async Task Every_kind_of_page_shows_its_heading_and_first_line_on_the_first_screen_with_targets_of_24_px()
    {
        var problems = await ReaderChecks.FirstScreenProblemsAsync(guide,
            ReaderChecks.PagesOfEveryKind(guide, "people/", "people/dr-kim/", "surgeons"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task No_page_has_an_axe_violation_in_the_light_or_the_dark_scheme() =>
        await AxeAudit.AssertNoViolationAsync(guide, output);

    [BrowserFact]
    public async Task Change_episode_leads_to_the_chooser_with_the_episode_marked() =>
        await ReaderChecks.AssertChangeEpisodeMarksTheTreeAsync(guide, 3, "people/dr-kim/");

    [BrowserFact]
    public async Task Changing_episode_from_a_page_lands_on_that_page_in_the_episode_picked_or_on_its_home() =>
        await ReaderChecks.AssertChangeEpisodeKeepsThePageAsync(guide, "people/nurse-park/", from: 5, withPage: 4, withoutPage: 2);

    [BrowserFact]
    public async Task A_page_menu_links_to_the_tree_home_and_with_javascript_lists_the_sections_with_its_own_marked() =>
        await ReaderChecks.AssertPageMenuListsTheSectionsAsync(guide, 4, "people/", "people/nurse-park/");

    [BrowserFact]
    public async Task A_missing_page_leads_to_the_home_and_search_of_its_tree() =>
        await ReaderChecks.AssertNotFoundLeadsToTheTreeAsync(guide, 4);

    [Fact]
    public void No_tree_page_carries_the_list_of_every_episode() => ReaderChecks.AssertNoTreePageListsTheEpisodes(guide);

    [Fact]
    public void The_home_page_links_to_each_section_once() => ReaderChecks.AssertHomeListsNoSectionTwice(guide);

    [Fact]
    public void The_portrait_changes_with_the_episode_and_the_share_preview_keeps_the_first()
    {
        string Read(int checkpoint, string page) => File.ReadAllText(Path.Combine(guide.Site.Folder, guide.Site.LevelOf(checkpoint).Path, page, "index.html"));

        Assert.Contains("src=\"/guide/images/dr-kim.svg\"", Read(2, "people"));
        Assert.DoesNotContain("dr-kim-2.svg", Read(2, "people"));
        Assert.DoesNotContain("dr-kim-2.svg", Read(2, "people/dr-kim"));
        Assert.Contains("class=\"page-image\" src=\"/guide/images/dr-kim-2.svg\"", Read(3, "people/dr-kim"));
        Assert.Contains("src=\"/guide/images/dr-kim-2.svg\"", Read(3, "people"));
        // What leaves the site is the spoiler-free form, in every tree.
        Assert.Contains("<meta property=\"og:image\" content=\"/guide/images/dr-kim.svg\">", Read(3, "people/dr-kim"));
        // A page without an image of its own is shared with the theme's hero.
        Assert.Contains("<meta property=\"og:image\" content=\"/guide/images/hero.svg\">", Read(4, "people/nurse-park"));
    }
}
