using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>The chooser and the pages can be used with the keyboard alone: every control is reached and shows where focus is.</summary>
[Collection(GuideCollection.Name)]
public sealed class KeyboardTests(GuideFixture guide)
{
    [BrowserFact]
    public async Task Every_control_of_the_chooser_is_reached_with_Tab_and_shows_focus()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        // A returning reader's chooser, so the "Continue at" link is walked too.
        await page.GotoAsync("");
        await page.Locator(".checkpoints a[data-checkpoint=\"3\"]").FollowAsync();
        await page.GotoAsync("");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#continue a")).ToBeVisibleAsync();

        var problems = await KeyboardWalk.FindProblemsAsync(page);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserTheory]
    [InlineData(3, "characters/nam-ra/")]
    [InlineData(12, "characters/")]
    [InlineData(12, "ending/the-rooftop/")]
    public async Task Every_control_of_a_page_is_reached_with_Tab_and_shows_focus(int checkpoint, string page)
    {
        await using var context = await guide.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(guide.Site.LevelOf(checkpoint).Path + page);

        var problems = await KeyboardWalk.FindProblemsAsync(tab);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
