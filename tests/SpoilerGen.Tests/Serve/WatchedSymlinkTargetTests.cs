namespace SpoilerGen.Tests.Serve;

/// <summary>
/// A file the build reads through a symlink to elsewhere in the site (the jail allows it): a save to the target while
/// serving is served at once, as a cold build would publish it, rather than the old page until some other save.
/// </summary>
public sealed class WatchedSymlinkTargetTests
{
    [Theory]
    [InlineData("content/b.md", "../notes/b.md", "notes/b.md", "/start/b/")]
    [InlineData("static/s.txt", "../notes/s.txt", "notes/s.txt", "/s.txt")]
    [InlineData("templates/assets", "../theme-assets", "theme-assets/look.css", "/assets/look.css")]
    public async Task A_save_to_a_symlinks_target_elsewhere_in_the_site_is_served_new(string link, string target, string edited, string url)
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.").WriteFile(edited, Text("OLD"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Root, link))!);
        File.CreateSymbolicLink(Path.Combine(site.Root, link), target);
        await using var serve = await RunningServer.StartOnAsync(site.Root, "/");
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();
        Assert.Contains("OLD", (await serve.GetAsync(url)).Text);

        site.WriteFile(edited, Text("NEW"));

        var text = "";
        for (var reloads = 0; reloads < 3 && !text.Contains("NEW", StringComparison.Ordinal); reloads++)
        {
            Assert.Equal("reload", (await events.NextAsync()).Name);
            text = (await serve.GetAsync(url)).Text;
        }
        Assert.Contains("NEW", text);
        Assert.DoesNotContain("OLD", text);
    }

    [Fact]
    public async Task A_symlink_made_while_serving_is_followed_and_other_files_beside_its_target_start_no_rebuild()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.").WriteFile("notes/c.md", Text("OLD"));
        await using var serve = await RunningServer.StartOnAsync(site.Root, "/");
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();

        File.CreateSymbolicLink(Path.Combine(site.Root, "content/c.md"), "../notes/c.md");
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("OLD", (await serve.GetAsync("/start/c/")).Text);

        site.WriteFile("notes/unrelated.txt", "a note");
        await Assert.ThrowsAsync<TimeoutException>(() => events.NextAsync(TimeSpan.FromMilliseconds(500)));

        site.WriteFile("notes/c.md", Text("NEW"));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("NEW", (await serve.GetAsync("/start/c/")).Text);
    }

    /// <summary>Text that reads as a page, a static file or a style sheet alike.</summary>
    private static string Text(string word) => $"---\ntitle: {word}\n---\n{word}.\n";
}
