using System.Collections.Immutable;
using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Reading;

/// <summary>
/// Screenshots of the chooser and of a character page at two checkpoints, at a phone's width and a desktop's,
/// kept in TestResults/screenshots/ for a person to look at. With SPOILERGEN_UPDATE_DOCS_SCREENSHOTS=1 three of
/// them are also copied to docs/screenshots/ (the README's): off by default, so a test run leaves git clean.
/// </summary>
[Collection(GuideCollection.Name)]
public sealed class ScreenshotTests(GuideFixture guide, ITestOutputHelper output)
{
    public const string UpdateDocsVariable = "SPOILERGEN_UPDATE_DOCS_SCREENSHOTS";

    private static readonly ImmutableArray<(string Name, int Width, int Height)> Viewports = [("phone", 390, 844), ("desktop", 1280, 800)];

    // The ones the README shows: the chooser and a page on a phone (Themes), and what episode 12 adds on a desktop.
    // With the Korean translation's chooser and a Korean page (README, Languages).
    private static readonly ImmutableArray<string> DocsScreenshots =
        ["chooser-phone.png", "nam-ra-episode-12-phone.png", "nam-ra-episode-12-desktop.png", "ko-chooser-phone.png", "ko-nam-ra-episode-12-phone.png"];

    [BrowserFact]
    public async Task The_chooser_and_a_character_page_at_two_checkpoints_are_captured_at_phone_and_desktop_widths()
    {
        var folder = Path.Combine(guide.RepositoryFolder, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var written = new List<string>();

        foreach (var (name, width, height) in Viewports)
        {
            await using var context = await guide.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                ColorScheme = ColorScheme.Light,
            });
            var page = await context.NewPageAsync();

            // The chooser as a returning reader sees it: with the "Continue at" offer.
            await page.GotoAsync("");
            await page.Locator(".checkpoints a[data-checkpoint=\"3\"]").FollowAsync();
            await page.GotoAsync("");
            await Assertions.Expect(page.Locator("#continue a")).ToBeVisibleAsync();
            written.Add(await CaptureAsync(page, folder, $"chooser-{name}.png", width));

            foreach (var checkpoint in new[] { 3, guide.Site.Levels[^1].Index })
            {
                var tree = guide.Site.LevelOf(checkpoint).Path;
                await page.GotoAsync(tree + "characters/nam-ra/");
                written.Add(await CaptureAsync(page, folder, $"nam-ra-episode-{checkpoint}-{name}.png", width));
            }

            // The Korean translation: its chooser, reached by the language link of the root's, and a page of its last tree.
            await page.GotoAsync("");
            await page.Locator("nav.languages a[hreflang=\"ko\"]").FollowAsync();
            written.Add(await CaptureAsync(page, folder, $"ko-chooser-{name}.png", width));
            await page.GotoAsync("ko/" + guide.Site.Levels[^1].Path + "characters/nam-ra/");
            written.Add(await CaptureAsync(page, folder, $"ko-nam-ra-episode-{guide.Site.Levels[^1].Index}-{name}.png", width));
        }

        if (Environment.GetEnvironmentVariable(UpdateDocsVariable) == "1")
        {
            var docs = Path.Combine(guide.RepositoryFolder, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            foreach (var file in DocsScreenshots) File.Copy(Path.Combine(folder, file), Path.Combine(docs, file), overwrite: true);
            output.WriteLine($"copied {string.Join(", ", DocsScreenshots)} to {docs}");
        }
        Assert.Equal(10, written.Count);
        Assert.Subset(written.ToHashSet(), DocsScreenshots.ToHashSet());
    }

    /// <summary>Viewport only (not the full page): small files, and what a reader sees first.</summary>
    private async Task<string> CaptureAsync(IPage page, string folder, string fileName, int width)
    {
        // A page that scrolls sideways on a phone is broken for its reader, whatever the picture shows.
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide in a {width} px viewport");

        var path = Path.Combine(folder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false, Type = ScreenshotType.Png });
        var bytes = new FileInfo(path).Length;
        Assert.True(bytes > 1000, $"{fileName} is only {bytes} bytes");
        output.WriteLine($"{fileName}: {page.Url}, {bytes / 1024} KB");
        return fileName;
    }
}
