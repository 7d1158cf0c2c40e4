using System.Text;
using Microsoft.AspNetCore.Http;
using SpoilerGen.Build;
using SpoilerGen.Render;
using SpoilerGen.Serve;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// What serve answers while the first render of a large guide runs: each file rendered when asked for is the file the
/// whole render makes, byte for byte, and what it cannot render (a static file) waits for that render.
/// </summary>
public sealed class OnDemandRenderTests
{
    [Fact]
    public void Every_file_of_the_example_guide_rendered_on_request_is_the_whole_renders_file()
    {
        AssertOnDemandEqualsWhole(Testing.RepositoryPaths.ExampleSite);
    }

    [Fact]
    public void Every_file_of_a_generated_guide_rendered_on_request_is_the_whole_renders_file()
    {
        using var site = GeneratedGuide.Write(pageCount: 40, episodeCount: 6);
        // A page that arrives later and a section that does: the trees differ in what they list and show.
        site.WritePage("late/_index.md", "title: Late\nspoiler: s01e04", "A section from episode 4.");
        site.WritePage("late/reveal.md", "title: The reveal\nspoiler: s01e05\ntags: [tag-1]", "It was [the butler]{spoiler=s01e06} all along.");
        AssertOnDemandEqualsWhole(site.Root);
    }

    [Fact]
    public void A_path_that_is_not_rendered_on_request_is_not_found_there()
    {
        using var site = new TestSite(episodeCount: 3).WritePage("_index.md", "title: Home", "Home.").WriteFile("static/notes.txt", "notes");
        var files = OnDemandStore(site.Root);

        Assert.False(files.TryGetFile("notes.txt", out _));
        Assert.False(files.TryGetFile("s01e01/no-such-page/index.html", out _));
        Assert.True(files.TryGetFile("s01e01/index.html", out _));
    }

    [Fact]
    public async Task While_the_whole_render_runs_a_static_file_is_answered_once_it_has_finished()
    {
        using var site = new TestSite(episodeCount: 3).WritePage("_index.md", "title: Home", "Home.").WriteFile("static/notes.txt", "the notes");
        var modeled = SiteBuilder.LoadModel(new BuildOptions(site.Root));
        var loaded = modeled.Loaded;
        var onDemand = new ServeState(1, new SiteSnapshot(loaded.Site!, loaded.Pipeline!, new OnDemandFiles(SiteBuilder.RenderOnDemand(loaded)), loaded.PageCount, loaded.TreeCount), []);
        var store = new ServeStateStore(onDemand);
        using var stopping = new CancellationTokenSource();
        var handler = new SiteRequestHandler(store, new ServeAssets(), stopping.Token);

        var page = await GetAsync(handler, "/guide/s01e01/");
        Assert.Equal(StatusCodes.Status200OK, page.Status);
        Assert.Contains("Home.", page.Text, StringComparison.Ordinal);

        var waiting = GetAsync(handler, "/guide/notes.txt");
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted, "a static file was answered before the whole render had checked it");

        var whole = SiteBuilder.Render(new BuildOptions(site.Root), modeled);
        Assert.True(whole.Succeeded, string.Join("\n", whole.Diagnostics));
        store.Publish(new ServeState(2, new SiteSnapshot(whole.Site!, whole.Pipeline!, whole.Files!, loaded.PageCount, loaded.TreeCount), whole.Diagnostics));
        var notes = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((StatusCodes.Status200OK, "the notes"), (notes.Status, notes.Text));
    }

    [Fact]
    public async Task A_large_guide_is_served_before_its_whole_render_and_each_file_is_the_one_that_render_makes()
    {
        using var site = GeneratedGuide.Write(pageCount: 30, episodeCount: 6).WriteFile("static/notes.txt", "the notes");
        var whole = SiteBuilder.Render(new BuildOptions(site.Root));
        Assert.True(whole.Succeeded, string.Join("\n", whole.Diagnostics));
        var log = new SharedLog();
        // Every guide counts as large here.
        var started = await SiteServer.StartAsync(new ServeOptions(site.Root) { OnDemandFrom = 0 }, new ServeLog(log, log));
        await using var server = started.Server ?? throw new InvalidOperationException(started.Problem);
        using var client = new HttpClient { BaseAddress = server.Origin };

        Assert.Matches(@"Read \d+ pages into \d+ trees in \d+ ms; each page is rendered when asked for", log.ToString());
        foreach (var path in new[] { "s01e03/search-index.json", "s01e03/feed.xml", "levels.json", "notes.txt" })
        {
            var served = await client.GetByteArrayAsync("/guide/" + path);
            Assert.True(OutputFileBytes.Of(whole.Files!.Single(file => file.RelativePath == path)).SequenceEqual(served), path);
        }
        Assert.Contains("page 7 learns something new", await client.GetStringAsync("/guide/s01e03/section-2/page-007/"), StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!log.ToString().Contains("Built ", StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Matches(@"Built \d+ pages into \d+ trees \(\d+ files\) in memory", log.ToString());
        Assert.Equal(2, server.State.Current.Version);
        Assert.True(server.State.Current.LastGood!.IsComplete);
    }

    [Fact]
    public async Task The_whole_render_of_a_large_guide_waits_until_its_first_page_has_been_answered()
    {
        using var site = GeneratedGuide.Write(pageCount: 10, episodeCount: 3);
        var log = new SharedLog();
        // Every guide counts as large here, and nobody asking would hold the whole render back for an hour.
        var options = new ServeOptions(site.Root) { OnDemandFrom = 0, WholeRenderDelay = TimeSpan.FromHours(1), Verbose = true };
        var started = await SiteServer.StartAsync(options, new ServeLog(log, log));
        await using var server = started.Server ?? throw new InvalidOperationException(started.Problem);
        using var client = new HttpClient { BaseAddress = server.Origin };

        // Long enough for this guide's lints and whole render, had they started.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain("lints:", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, server.State.Current.Version);

        Assert.Contains("page 7 learns something new", await client.GetStringAsync("/guide/s01e03/section-2/page-007/"), StringComparison.Ordinal);
        await WaitForAsync(log, "Built ");
        Assert.Contains("lints:", log.ToString(), StringComparison.Ordinal);
        Assert.True(server.State.Current.LastGood!.IsComplete);
    }

    [Fact]
    public async Task The_whole_render_of_a_large_guide_starts_after_a_while_when_nobody_asks_for_a_page()
    {
        using var site = GeneratedGuide.Write(pageCount: 10, episodeCount: 3);
        var log = new SharedLog();
        var options = new ServeOptions(site.Root) { OnDemandFrom = 0, WholeRenderDelay = TimeSpan.FromMilliseconds(100) };
        var started = await SiteServer.StartAsync(options, new ServeLog(log, log));
        await using var server = started.Server ?? throw new InvalidOperationException(started.Problem);

        await WaitForAsync(log, "Built ");
        Assert.True(server.State.Current.LastGood!.IsComplete);
    }

    private static async Task WaitForAsync(SharedLog log, string line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!log.ToString().Contains(line, StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Contains(line, log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_keeps_no_file_and_reports_what_a_render_that_keeps_them_reports()
    {
        var options = new BuildOptions(Testing.RepositoryPaths.ExampleSite);
        var kept = SiteBuilder.Render(options);
        var dropped = SiteBuilder.Render(options, keepsFiles: false);

        Assert.NotEmpty(kept.Files!);
        Assert.Empty(dropped.Files!);
        Assert.Null(dropped.Cache);
        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), dropped.Diagnostics.Select(d => d.ToString()));
    }

    private static OnDemandFiles OnDemandStore(string siteFolder)
    {
        var modeled = SiteBuilder.LoadModel(new BuildOptions(siteFolder));
        Assert.True(modeled.HasModel, string.Join("\n", modeled.Diagnostics.ToSortedList()));
        return new OnDemandFiles(SiteBuilder.RenderOnDemand(modeled.Loaded));
    }

    private static void AssertOnDemandEqualsWhole(string siteFolder)
    {
        var whole = SiteBuilder.Render(new BuildOptions(siteFolder));
        Assert.True(whole.Succeeded, string.Join("\n", whole.Diagnostics));
        var files = OnDemandStore(siteFolder);
        var staticPaths = Directory.Exists(Path.Combine(siteFolder, "static"))
            ? Directory.EnumerateFiles(Path.Combine(siteFolder, "static"), "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Path.Combine(siteFolder, "static"), path).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
            : [];
        var compared = 0;
        foreach (var file in whole.Files!.Where(file => !staticPaths.Contains(file.RelativePath)))
        {
            Assert.True(files.TryGetFile(file.RelativePath, out var onDemand), $"'{file.RelativePath}' was not rendered on request");
            Assert.True(OutputFileBytes.Of(file).AsSpan().SequenceEqual(OutputFileBytes.Of(onDemand)), $"'{file.RelativePath}' rendered on request differs from the whole render's");
            compared++;
        }
        Assert.True(compared > 20, $"only {compared} files compared");
    }

    private static async Task<(int Status, string Text)> GetAsync(SiteRequestHandler handler, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Host = new HostString("127.0.0.1");
        context.Request.Path = path;
        using var body = new MemoryStream();
        context.Response.Body = body;
        await handler.HandleAsync(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()));
    }
}
