using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Reading;

/// <summary>The root chooser: a reader picks the episode they have reached, and the guide remembers it.</summary>
[Collection(GuideCollection.Name)]
public sealed class ChooserTests(GuideFixture guide)
{
    [BrowserFact]
    public async Task Picking_an_episode_lands_in_its_tree_and_is_offered_again_until_another_is_picked()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("");
        Assert.True(await page.Locator("#continue").IsHiddenAsync(), "A first visit has nothing to continue");

        await PickAsync(page, 3);
        await AssertServesAsync(page, 3);

        // The choice survives a reload of the tree and is offered at the root.
        await page.ReloadAsync();
        await AssertServesAsync(page, 3);
        await page.GotoAsync("");
        await AssertOfferedAsync(page, 3);
        await page.ReloadAsync();
        await AssertOfferedAsync(page, 3);

        // Following the offer goes back to the same tree.
        await page.Locator("#continue a").FollowAsync();
        await AssertServesAsync(page, 3);

        // Another pick replaces the stored one.
        await page.GotoAsync("");
        await PickAsync(page, 12);
        await AssertServesAsync(page, 12);
        await page.GotoAsync("");
        await AssertOfferedAsync(page, 12);

        // Picking "Not started" is remembered too.
        await PickAsync(page, 0);
        await AssertServesAsync(page, 0);
        await page.GotoAsync("");
        await Assertions.Expect(page.Locator("#continue a")).ToHaveTextAsync("Continue from the start");
    }

    private static async Task PickAsync(IPage page, int checkpoint)
    {
        await page.Locator($".checkpoints a[data-checkpoint=\"{checkpoint}\"]").FollowAsync();
    }

    /// <summary>The page is in the tree that levels.json names for the checkpoint, and that tree says it serves it.</summary>
    private async Task AssertServesAsync(IPage page, int checkpoint)
    {
        var level = guide.Site.LevelOf(checkpoint);
        Assert.Equal(guide.UrlOf(level.Path), page.Url);
        var first = int.Parse(await page.Locator("script[data-tree-first]").GetAttributeAsync("data-tree-first") ?? "");
        var last = int.Parse(await page.Locator("script[data-tree-first]").GetAttributeAsync("data-tree-last") ?? "");
        Assert.InRange(checkpoint, first, last);
    }

    private async Task AssertOfferedAsync(IPage page, int checkpoint)
    {
        var level = guide.Site.LevelOf(checkpoint);
        var offer = page.Locator("#continue a");
        // chooser.js fills the offer after fetching levels.json: wait for it rather than race it.
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await Assertions.Expect(offer).ToHaveTextAsync($"Continue at {level.Label}");
        Assert.Equal(guide.UrlOf(level.Path), await offer.EvaluateAsync<string>("a => a.href"));
    }
}
