using System.Net;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// A save while serve runs: the open tabs' event stream says "reload" and the page then holds the new
/// text; a file that breaks the build shows every diagnostic over the last good site until it is fixed.
/// </summary>
public sealed class LiveReloadTests
{
    private const string NamRaFile = "content/characters/nam-ra.md";
    private const string NamRaPage = "/all-of-us-are-dead/s01e12/characters/nam-ra/";

    [Fact]
    public async Task A_saved_edit_sends_the_reload_event_and_the_page_then_has_the_new_text()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        Assert.Equal(new ServerSentEvent("hello", "1"), await events.NextAsync());

        var file = serve.PathOf(NamRaFile);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Cho Yi-hyun plays", "Cho Yi-hyun (edited while serving) plays"));

        Assert.Equal(new ServerSentEvent("reload", "2"), await events.NextAsync());
        var (_, page, _) = await serve.GetAsync(NamRaPage);
        Assert.Contains("Cho Yi-hyun (edited while serving) plays", page);
        Assert.Contains("data-version=\"2\"", page);
        Assert.Contains("after a change to", await serve.Log.WaitForAsync("after a change to"));
    }

    [Fact]
    public async Task A_safe_save_that_writes_beside_the_file_and_renames_it_over_reloads_with_the_new_text()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();
        var file = serve.PathOf(NamRaFile);
        var scratch = file + ".tmp";

        await File.WriteAllTextAsync(scratch, (await File.ReadAllTextAsync(file)).Replace("Cho Yi-hyun plays", "Cho Yi-hyun (saved safely) plays"));
        File.Move(scratch, file, overwrite: true);

        // The scratch file and the rename may come as one rebuild or two; the last one has the new text.
        var page = "";
        for (var reloads = 0; reloads < 3 && !page.Contains("(saved safely)", StringComparison.Ordinal); reloads++)
        {
            Assert.Equal("reload", (await events.NextAsync()).Name);
            page = (await serve.GetAsync(NamRaPage)).Text;
        }
        Assert.Contains("Cho Yi-hyun (saved safely) plays", page);
        Assert.False(File.Exists(scratch));
    }

    [Fact]
    public async Task A_build_error_shows_every_diagnostic_over_the_last_good_site_and_fixing_it_clears_them()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();
        var file = serve.PathOf(NamRaFile);
        var good = await File.ReadAllTextAsync(file);

        // Saved in one step (as editors' safe saves do), so that a rebuild under load never sees half a file.
        await SaveInOneStepAsync(file, good.Replace("{spoiler=s01e12}\n\nNam-ra has", "{spoiler=s09e99}\n\nNam-ra has")
            + "\nA [broken phrase]{spoiler=s07e01} too.\n");
        var (status, broken) = await PageAfterReloadAsync(serve, events, page => page.Contains("sg-serve-overlay", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<div class=\"sg-serve-overlay\" role=\"alert\"", broken);
        Assert.Contains("Build failed: 2 errors", broken);
        Assert.Matches(@"nam-ra\.md\(18,\d+\): error SG0103: unknown episode &#39;s09e99&#39;", broken);
        Assert.Matches(@"nam-ra\.md\(\d+,\d+\): error SG0103: unknown episode &#39;s07e01&#39;", broken);
        Assert.Contains("Cho Yi-hyun plays", broken);
        Assert.Contains("error SG0103", await serve.Log.WaitForAsync("error SG0103"));

        await SaveInOneStepAsync(file, good);
        var (_, fixedPage) = await PageAfterReloadAsync(serve, events, page => !page.Contains("sg-serve-overlay", StringComparison.Ordinal));
        Assert.DoesNotContain("sg-serve-overlay", fixedPage);
        Assert.Contains("Nam-ra, the half-zombie", fixedPage);
    }

    [Fact]
    public async Task A_site_that_does_not_build_at_first_is_served_as_its_errors_until_fixed()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello [there]{spoiler=s05e05}.");
        await using var serve = await RunningServer.StartOnAsync(site.Root, "/");
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();

        var (status, broken, _) = await serve.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Contains("error SG0103: unknown episode &#39;s05e05&#39;", broken);

        site.WritePage("_index.md", "title: Home", "Hello [there]{spoiler=s01e02}.");
        Assert.Equal("reload", (await events.NextAsync()).Name);
        var (fixedStatus, _, _) = await serve.GetAsync("/start/");
        Assert.Equal(HttpStatusCode.OK, fixedStatus);
    }

    [Fact]
    public async Task Template_and_config_changes_rebuild_too_and_the_output_folder_is_never_watched()
    {
        using var site = new Support.TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hello.");
        await using var serve = await RunningServer.StartOnAsync(site.Root, "/");
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();

        site.WriteFile("templates/404.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Lost</title></head><body><h1>Lost in the guide</h1></body></html>");
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("Lost in the guide", (await serve.GetAsync("/nowhere")).Text);

        File.WriteAllText(Path.Combine(site.Root, "spoilergen.yml"), File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")).Replace("Test guide", "Renamed guide"));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("Renamed guide", (await serve.GetAsync("/")).Text);

        // Files outside what a build reads (the output folder, notes) start no rebuild.
        site.WriteFile("public/index.html", "not ours");
        site.WriteFile("notes.txt", "a note");
        await Assert.ThrowsAsync<TimeoutException>(() => events.NextAsync(TimeSpan.FromMilliseconds(500)));
    }

    /// <summary>Writes beside the file under a name the watcher ignores, then renames it over the file.</summary>
    private static async Task SaveInOneStepAsync(string file, string text)
    {
        var scratch = file + "~";
        await File.WriteAllTextAsync(scratch, text);
        File.Move(scratch, file, overwrite: true);
    }

    /// <summary>
    /// The page after the reload that shows the save: under load a rebuild for an earlier event (the guide
    /// just copied in) can come first, and its reload shows the page as it was.
    /// </summary>
    private static async Task<(HttpStatusCode Status, string Text)> PageAfterReloadAsync(RunningServer serve, EventStreamReader events, Func<string, bool> showsTheSave)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal("reload", (await events.NextAsync()).Name);
            var (status, text, _) = await serve.GetAsync(NamRaPage);
            if (showsTheSave(text)) return (status, text);
        }
        throw new Xunit.Sdk.XunitException("five reloads came and none showed the save");
    }
}
