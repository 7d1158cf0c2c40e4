using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Reading;

/// <summary>Search inside a tree, as a reader uses it: typing, the keyboard alone, and a browser without JavaScript.</summary>
[Collection(GuideCollection.Name)]
public sealed class SearchTests(GuideFixture guide)
{
    [BrowserFact]
    public async Task Typing_finds_pages_of_the_tree_and_the_keyboard_reaches_them()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(guide.Site.LevelOf(12).Path + "characters/");

        // Tab from the top of the page until the search button has focus: it is a stop in the tab order,
        // and Enter opens it with the focus in the box.
        for (var step = 0; step < 30 && await page.EvaluateAsync<string>("document.activeElement?.parentElement?.id ?? ''") != "search"; step++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("search", await page.EvaluateAsync<string>("document.activeElement.parentElement.id"));
        Assert.False(await page.Locator("#search-input").IsVisibleAsync(), "Closed, the search is one small button");
        await page.Keyboard.PressAsync("Enter");
        // The box is the active element (ToBeFocused also asks that the window have the focus, which a page running
        // beside other tests' pages may not).
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'search-input'");

        await page.Keyboard.TypeAsync("campf");
        var results = page.Locator("#search-results a");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        Assert.Contains(await results.AllTextContentsAsync(), text => text.Contains("rooftop", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("result");

        await page.Keyboard.PressAsync("Tab");
        var focusedHref = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href') ?? ''");
        Assert.StartsWith(guide.UrlOf(guide.Site.LevelOf(12).Path), focusedHref);
        // Waiting starts before the key is pressed, so a quick navigation cannot be missed.
        await Task.WhenAll(page.WaitForURLAsync(focusedHref), page.Keyboard.PressAsync("Enter"));
    }

    [BrowserFact]
    public async Task A_reader_at_episode_3_finds_nothing_of_the_finale()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(guide.Site.LevelOf(3).Path);

        await page.Locator("#search summary").ClickAsync();
        await page.Locator("#search-input").FillAsync("campfire");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("No");
        Assert.Equal(0, await page.Locator("#search-results a").CountAsync());
    }

    [BrowserFact]
    public async Task Without_javascript_there_is_no_search_box()
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(guide.Site.LevelOf(12).Path);

        Assert.Equal(0, await page.Locator("#search-input").CountAsync());
        Assert.Equal(0, await page.Locator("input, form").CountAsync());
    }
}
