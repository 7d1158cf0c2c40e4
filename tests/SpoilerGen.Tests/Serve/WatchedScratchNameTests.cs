namespace SpoilerGen.Tests.Serve;

/// <summary>
/// Files named like an editor's scratch files (<c>#x.txt</c>, <c>notes.txt~</c>) that the build publishes from
/// <c>static/</c> and the theme's <c>templates/assets/</c>: a save to one while serving is served at once, as a cold
/// build would publish it, rather than the old bytes until some other save.
/// </summary>
public sealed class WatchedScratchNameTests
{
    [Theory]
    [InlineData("static/#x.txt", "/%23x.txt")]
    [InlineData("static/notes.txt~", "/notes.txt~")]
    [InlineData("static/4913", "/4913")]
    [InlineData("templates/assets/#look.css", "/assets/%23look.css")]
    public async Task A_published_file_with_a_scratch_name_is_served_new_after_a_save(string file, string url)
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.").WriteFile(file, "OLD");
        await using var serve = await RunningServer.StartOnAsync(site.Root, "/");
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();
        Assert.Equal("OLD", (await serve.GetAsync(url)).Text);

        site.WriteFile(file, "NEW");

        Assert.Equal("NEW", await TextAfterReloadsAsync(serve, events, url, "NEW"));
    }

    [Fact]
    public async Task A_scratch_file_beside_a_page_starts_no_rebuild_but_a_page_with_such_a_name_does()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");
        await using var serve = await RunningServer.StartOnAsync(site.Root, "/");
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();

        site.WriteFile("content/.home.md.swp", "vim's swap file").WriteFile("content/_index.md~", "a backup");
        await Assert.ThrowsAsync<TimeoutException>(() => events.NextAsync(TimeSpan.FromMilliseconds(500)));

        site.WritePage("#notes.md", "title: Hash notes", "Read as a page.");
        Assert.Contains("Hash notes", await TextAfterReloadsAsync(serve, events, "/start/notes/", "Hash notes"));
    }

    /// <summary>The text at the URL once a reload shows <paramref name="expected"/>: under load a rebuild for an earlier event may come first.</summary>
    private static async Task<string> TextAfterReloadsAsync(RunningServer serve, EventStreamReader events, string url, string expected)
    {
        var text = "";
        for (var reloads = 0; reloads < 3 && !text.Contains(expected, StringComparison.Ordinal); reloads++)
        {
            Assert.Equal("reload", (await events.NextAsync()).Name);
            text = (await serve.GetAsync(url)).Text;
        }
        return text;
    }
}
