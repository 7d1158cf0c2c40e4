using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Accessibility;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Serve;

/// <summary>
/// What an author sees in <c>spoilergen serve</c>: the bar's episode switch, the spoiler map, a save that
/// reloads the tab by itself, and the build error overlay; each axe clean (WCAG 2.0/2.1 A and AA).
/// </summary>
[Collection(GuideCollection.Name)]
public sealed class ServeBarTests(GuideFixture guide, ServedGuide serve, ITestOutputHelper output) : IClassFixture<ServedGuide>
{
    private const string NamRa = "s01e12/characters/nam-ra/";

    [BrowserFact]
    public async Task The_bar_switches_the_page_to_another_episode_and_back()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(serve.UrlOf(NamRa));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nam-ra, the half-zombie");

        await page.GetByLabel("This page at").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync();
        await page.WaitForURLAsync(serve.UrlOf("s01e03/characters/nam-ra/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nam-ra");
        await Assertions.Expect(page.GetByText("By the end of the season")).ToHaveCountAsync(0);
        // The switch now shows the tree the reader is in: every episode has its own.
        await Assertions.Expect(page.GetByLabel("This page at")).ToHaveValueAsync("3");

        await page.GetByLabel("This page at").SelectOptionAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync();
        await page.WaitForURLAsync(serve.UrlOf(NamRa));
        await Assertions.Expect(page.GetByText("By the end of the season")).ToBeVisibleAsync();

        await AssertAxeCleanAsync(page, "a served page with the bar");
    }

    [BrowserFact]
    public async Task On_a_phone_the_bar_is_one_compact_line_with_go_on_screen()
    {
        const int PhoneWidth = 390;
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 } });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { NamRa, "start/" })
        {
            await page.GotoAsync(serve.UrlOf(path));
            var bar = await page.Locator(".sg-serve").BoundingBoxAsync();
            var go = await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).BoundingBoxAsync();
            Assert.NotNull(bar);
            Assert.NotNull(go);
            Assert.True(go.X >= 0 && go.X + go.Width <= PhoneWidth, $"{path}: Go runs from {go.X} to {go.X + go.Width} px");
            Assert.True(go.Width >= 24 && go.Height >= 24, $"{path}: Go is {go.Width} × {go.Height} px");
            Assert.True(bar.Height <= 56, $"{path}: the bar is {bar.Height} px tall");
            Assert.Equal(PhoneWidth, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        }

        // Still named for screen readers, and still usable.
        await page.GotoAsync(serve.UrlOf(NamRa));
        await page.GetByLabel("This page at").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync();
        await page.WaitForURLAsync(serve.UrlOf("s01e03/characters/nam-ra/"));
        await AssertAxeCleanAsync(page, "the bar on a phone");
    }

    [BrowserFact]
    public async Task The_spoiler_map_outlines_every_region_with_its_episode()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(serve.UrlOf("start/characters/nam-ra/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Spoiler map" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(serve.Origin, "/_spoilergen/map/characters/nam-ra/").ToString());

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Spoiler map: Nam-ra, the half-zombie");
        var regions = page.Locator(".sg-map-body .sg-region");
        await Assertions.Expect(regions).ToHaveCountAsync(3);
        foreach (var (kind, label) in new[] { ("phrase", "Phrase · s01e12"), ("section", "Heading section · s01e12"), ("block", "Block · s01e12") })
        {
            var region = page.Locator($".sg-map-body .sg-region[data-kind=\"{kind}\"]");
            await Assertions.Expect(region).ToBeVisibleAsync();
            await Assertions.Expect(region.Locator(".sg-region-label").First).ToContainTextAsync(label);
            // Outlined: a border a reader can see.
            Assert.NotEqual("0px", await region.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth"));
        }
        await Assertions.Expect(page.Locator(".sg-map-regions tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".sg-map-front-matter tr[data-level=\"12\"]")).ToHaveCountAsync(3);

        await AssertAxeCleanAsync(page, "the spoiler map");
        await ScreenshotAsync(page, "serve-spoiler-map");

        // Links on the map lead to the linked page's map.
        await page.Locator(".sg-map-body a", new() { HasText = "On-jo" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(serve.Origin, "/_spoilergen/map/characters/on-jo/").ToString());
    }

    [BrowserFact]
    public async Task A_save_reloads_the_tab_and_a_broken_file_shows_the_overlay_until_it_is_fixed()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(serve.UrlOf("s01e12/characters/on-jo/"));
        var file = Path.Combine(serve.SiteFolder, "content", "characters", "on-jo.md");
        var good = await File.ReadAllTextAsync(file);
        try
        {
            await File.WriteAllTextAsync(file, good + "\nA sentence added while the tab was open.\n");
            await Assertions.Expect(page.GetByText("A sentence added while the tab was open.")).ToBeVisibleAsync();

            await File.WriteAllTextAsync(file, good + "\n::: spoiler s02e01\nNo such episode.\n:::\n");
            var overlay = page.Locator(".sg-serve-overlay");
            await Assertions.Expect(overlay).ToBeVisibleAsync();
            await Assertions.Expect(overlay).ToContainTextAsync("error SG0103: unknown episode 's02e01'");
            await AssertAxeCleanAsync(page, "a page under the build error overlay");
            await ScreenshotAsync(page, "serve-error-overlay");

            await File.WriteAllTextAsync(file, good);
            await Assertions.Expect(overlay).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("A sentence added while the tab was open.")).ToHaveCountAsync(0);
        }
        finally
        {
            await File.WriteAllTextAsync(file, good);
        }
    }

    /// <summary>Kept in TestResults/screenshots/ for a person to look at, beside the reader's screenshots.</summary>
    private async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(guide.RepositoryFolder, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Type = ScreenshotType.Png });
    }

    private async Task AssertAxeCleanAsync(IPage page, string what)
    {
        var violations = await AxeAudit.FindViolationsOnAsync(page);
        output.WriteLine($"axe on {what}: {violations.Count} violations");
        Assert.True(violations.Count == 0, $"axe on {what}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
