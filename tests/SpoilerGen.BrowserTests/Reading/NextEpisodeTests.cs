using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Reading;

/// <summary>"I've watched the next episode": a page grows one tree at a time, and what is new is marked.</summary>
[Collection(GuideCollection.Name)]
public sealed class NextEpisodeTests(GuideFixture guide, ITestOutputHelper output)
{
    private const string CharacterPage = "characters/nam-ra/";

    // Every block of the body that a reader reads, and whether it is marked as new: inside a
    // .reveal-new block or holding a mark.reveal-new phrase.
    private const string ReadBlocksScript = """
        () => [...document.querySelectorAll('main .content :is(p, li, h2, h3, h4, h5, h6, dt, dd, blockquote, td, th, figcaption)')]
          .filter(e => !e.classList.contains('reveal-badge'))
          .map(e => ({
            text: e.innerText.replace(/\s+/g, ' ').trim(),
            isMarkedNew: e.closest('.reveal-new') !== null || e.querySelector('mark.reveal-new') !== null,
          }))
          .filter(b => b.text.length > 0)
        """;

    [BrowserFact]
    public async Task A_character_page_read_from_episode_3_to_the_last_tree_grows_and_marks_what_is_new()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();

        // As a reader: pick episode 3 at the root, then open the character from the section list.
        await page.GotoAsync("");
        await page.Locator(".checkpoints a[data-checkpoint=\"3\"]").FollowAsync();
        await page.Locator("nav.sections a", new() { HasTextString = "Characters" }).FollowAsync();
        await page.Locator(".page-list a[href$=\"/" + CharacterPage + "\"]").FollowAsync();
        Assert.Equal(guide.UrlOf(guide.Site.LevelOf(3).Path + CharacterPage), page.Url);

        var lastTree = guide.Site.TreePaths[^1];
        var steps = 0;
        var grown = 0;
        var first = await ReadAsync(page);
        var before = first;
        // Every episode has a tree, and a page need not change in each: one episode on, the text never
        // shrinks, whatever is new is marked, and over the whole walk it grows.
        while (await page.Locator(".next-episode a").CountAsync() > 0)
        {
            var from = page.Url;
            await page.Locator(".next-episode a").FollowAsync();
            Assert.NotEqual(from, page.Url);
            steps++;

            var after = await ReadAsync(page);
            Assert.True(after.MainLength >= before.MainLength,
                $"{page.Url}: the main text should never shrink one episode on ({before.MainLength} → {after.MainLength} characters)");

            var seenBefore = before.Blocks.Select(b => b.Text).ToHashSet(StringComparer.Ordinal);
            var newBlocks = after.Blocks.Where(b => !seenBefore.Contains(b.Text)).ToList();
            var unmarked = newBlocks.Where(b => !b.IsMarkedNew).Select(b => b.Text).ToList();
            Assert.True(unmarked.Count == 0, $"{page.Url}: new text that is not marked as new:{Environment.NewLine}{string.Join(Environment.NewLine, unmarked)}");
            if (newBlocks.Count > 0)
            {
                grown++;
                Assert.True(after.HasNewMarkers || after.HasNewPageBadge, $"{page.Url}: new blocks, but nothing is marked new");
            }
            output.WriteLine($"{page.Url}: {before.MainLength} → {after.MainLength} characters, {newBlocks.Count} new blocks, {after.NewBadges} 'New in' badges");
            before = after;
        }

        Assert.True(grown > 0 && before.MainLength > first.MainLength, "The page should grow between episode 3 and the last tree");
        Assert.True(steps > 0, "The tree serving episode 3 should offer the next episode");
        Assert.Equal(guide.UrlOf(lastTree + CharacterPage), page.Url);
        // The reader's place moved with them: the root now offers the last episode.
        var last = guide.Site.Levels[^1];
        await page.GotoAsync("");
        await Assertions.Expect(page.Locator("#continue a")).ToHaveTextAsync($"Continue at {last.Label}");
    }

    private static async Task<PageReading> ReadAsync(IPage page) => new(
        await page.Locator("main").EvaluateAsync<int>("m => m.innerText.trim().length"),
        await page.ReadAsync<List<Block>>(ReadBlocksScript),
        await page.Locator(".reveal-new").CountAsync() > 0,
        await page.Locator("h1 .badge").CountAsync() > 0,
        await page.Locator(".reveal-badge").CountAsync());

    private sealed record Block(string Text, bool IsMarkedNew);

    private sealed record PageReading(int MainLength, List<Block> Blocks, bool HasNewMarkers, bool HasNewPageBadge, int NewBadges);
}
