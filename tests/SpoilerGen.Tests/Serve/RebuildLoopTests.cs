using SpoilerGen.Serve;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// serve's rebuild loop starts a save's rebuild a few milliseconds after the watcher's first report, and never reloads the
/// open tabs onto a rebuild that a later write of the same save arrived during: that rebuild may have read half the save.
/// The rebuild here is a stand-in that says which call made each state, and writes "the rest of the save" while it runs.
/// </summary>
public sealed class RebuildLoopTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_write_that_comes_during_a_rebuild_holds_it_back_and_the_tabs_reload_once_onto_the_next()
    {
        var store = new ServeStateStore(new ServeState(1, null, []));
        var made = new List<(ServeState State, string[] Paths)>();
        var log = new StringWriter();
        RebuildLoop loop = null!;
        loop = new RebuildLoop((current, changed, _) =>
        {
            // The first rebuild reads the page while its editor is still writing: the rest comes during it.
            if (made.Count == 0) loop.OnChanged("content/page.md");
            var state = new ServeState(current.Version + 1, null, []);
            made.Add((state, [.. changed.Order()]));
            return (state, TimeSpan.FromMilliseconds(1));
        }, store, TimeSpan.FromMilliseconds(3), new ServeLog(log, log));
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        loop.OnChanged("content/page.md");
        var reloadedOnto = await store.WaitForNewerAsync(1, CancellationToken.None).WaitAsync(Wait);

        Assert.Equal(2, made.Count);
        Assert.Same(made[1].State, reloadedOnto);
        Assert.Equal(["content/page.md"], made[1].Paths);
        // The loop publishes the rebuild (which wakes this test) before it prints its line: wait for the line.
        var printedBy = DateTime.UtcNow + Wait;
        while (!log.ToString().Contains("Rebuilt in", StringComparison.Ordinal) && DateTime.UtcNow < printedBy) await Task.Delay(10);
        // One rebuild reported, for the save's page: the held-back one printed nothing.
        Assert.Single(log.ToString().Split('\n'), line => line.StartsWith("Rebuilt in", StringComparison.Ordinal));
        Assert.Contains("after a change to content/page.md", log.ToString());
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    [Fact]
    public async Task A_folder_that_changes_during_every_rebuild_is_still_shown_every_second_rebuild()
    {
        var store = new ServeStateStore(new ServeState(1, null, []));
        var made = new List<ServeState>();
        RebuildLoop loop = null!;
        loop = new RebuildLoop((current, _, _) =>
        {
            // A checkout writing file after file: another change arrives during every rebuild.
            loop.OnChanged($"content/file-{made.Count}.md");
            var state = new ServeState(current.Version + 1, null, []);
            made.Add(state);
            return (state, TimeSpan.FromMilliseconds(1));
        }, store, TimeSpan.FromMilliseconds(3), new ServeLog(TextWriter.Null, TextWriter.Null));
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        loop.OnChanged("content/first.md");
        var first = await store.WaitForNewerAsync(1, CancellationToken.None).WaitAsync(Wait);
        var second = await store.WaitForNewerAsync(first.Version, CancellationToken.None).WaitAsync(Wait);

        await stop.CancelAsync();
        await running.WaitAsync(Wait);
        Assert.Same(made[1], first);
        Assert.Same(made[3], second);
    }
}
