using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Reading;

/// <summary>With JavaScript off, plain links reach every tree and every page, and nothing a reader needs is broken.</summary>
[Collection(GuideCollection.Name)]
public sealed class NoJavaScriptTests(GuideFixture guide, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Every_tree_and_every_page_is_reached_from_the_root_through_links_that_all_resolve()
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });

        var report = await new SiteCrawler(context, guide.SiteUrl).CrawlAsync();
        output.WriteLine($"{report.Pages.Count} pages read, {report.CheckedFiles.Count} other files checked: {string.Join(", ", report.CheckedFiles)}");
        foreach (var url in report.ExternalUrls) output.WriteLine($"not followed (another host): {url}");

        Assert.True(report.Problems.Count == 0, $"Broken for a reader without JavaScript:{Environment.NewLine}{string.Join(Environment.NewLine, report.Problems)}");
        var missingTrees = guide.Site.TreePaths.Except(report.Pages).ToList();
        Assert.True(missingTrees.Count == 0, $"Trees not reached from the root: {string.Join(", ", missingTrees)}");
        // Every page the build wrote is reachable, except the 404 page, which no link should point at.
        var unreached = guide.Site.Pages.Where(p => p != StaticSiteServer.NotFoundPageName).Except(report.Pages).ToList();
        Assert.True(unreached.Count == 0, $"Pages no link reaches: {string.Join(", ", unreached)}");
    }

    [BrowserFact]
    public async Task Changing_episode_and_going_on_work_as_plain_HTML()
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var episodeThree = guide.Site.LevelOf(3);

        await page.GotoAsync("");
        Assert.True(await page.Locator("#continue").IsHiddenAsync(), "The JavaScript-only offer must stay hidden without JavaScript");
        await page.Locator(".checkpoints a[data-checkpoint=\"3\"]").FollowAsync();
        Assert.Equal(guide.UrlOf(episodeThree.Path), page.Url);

        // "Change episode" is a plain link to the chooser, which marks the episode the reader came from.
        await page.GotoAsync(episodeThree.Path + "characters/nam-ra/");
        Assert.Equal(0, await page.Locator("header a[data-checkpoint]").CountAsync());
        await page.Locator(".change-episode a").FollowAsync();
        var treeFirst = guide.Site.Levels.First(level => level.Path == episodeThree.Path).Index;
        Assert.Equal(guide.UrlOf($"?page=characters/nam-ra/#checkpoint-{treeFirst}"), page.Url);
        Assert.Equal("where you are", await page.EvaluateAsync<string>(
            $"() => getComputedStyle(document.querySelector('#checkpoint-{treeFirst} a'), '::after').content.replaceAll('\"', '')"));
        await page.Locator(".checkpoints a[data-checkpoint=\"0\"]").FollowAsync();
        Assert.Equal(guide.UrlOf(guide.Site.Levels[0].Path), page.Url);

        await page.GotoAsync(guide.Site.Levels[0].Path + "characters/nam-ra/");
        await page.Locator(".next-episode a").FollowAsync();
        Assert.Equal(guide.UrlOf(guide.Site.Levels[1].Path + "characters/nam-ra/"), page.Url);
    }
}
