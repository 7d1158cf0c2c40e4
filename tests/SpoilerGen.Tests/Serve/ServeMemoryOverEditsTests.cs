using SpoilerGen.Render;
using SpoilerGen.Serve;
using SpoilerGen.Tests.Support;
using Xunit.Abstractions;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// serve's memory does not grow with the number of saves: edits are made through <see cref="SiteRebuilder"/> as serve's
/// rebuild loop makes them (the watcher naming the saved file), each followed by the requests a reloading browser makes
/// (the page, and its tree's search index, feed and sitemap, made on request), and the managed heap after a full
/// collection is read every tenth of the run. Each edit rewrites one page to the same size, so a heap that grows holds
/// something of the earlier renders.
/// </summary>
/// <remarks>
/// <c>SPOILERGEN_MEMORY_EDITS=1000 SPOILERGEN_MEMORY_SITE=path/to/guide</c> runs it on a bench guide (the README's figures
/// at 1,000 × 12); the curve is in the test's output.
/// </remarks>
[Collection(HeapMeasurementCollection.Name)]
public sealed class ServeMemoryOverEditsTests(ITestOutputHelper output)
{
    private static readonly int Edits =
        int.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_MEMORY_EDITS"), out var configured) ? configured : 100;

    [Fact]
    public void The_heap_after_many_saves_is_what_it_was_after_the_first_few()
    {
        using var generated = Environment.GetEnvironmentVariable("SPOILERGEN_MEMORY_SITE") is null ? GeneratedGuide.Write(pageCount: 30, episodeCount: 4) : null;
        var site = Path.GetFullPath(generated?.Root ?? Environment.GetEnvironmentVariable("SPOILERGEN_MEMORY_SITE")!);
        var pages = Directory.GetFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "_index.md").Order(StringComparer.Ordinal).ToArray();
        var originals = pages.ToDictionary(path => path, File.ReadAllText);
        var rebuilder = new SiteRebuilder(new ServeOptions(site));
        var (state, _) = rebuilder.Rebuild(new ServeState(0, null, []), []);
        Assert.False(state.LatestFailed, string.Join("\n", state.Diagnostics));
        var heaps = new List<(int Edit, long Heap, long Resident)>();
        try
        {
            for (var edit = 1; edit <= Edits; edit++)
            {
                // Pages in turn, each rewritten to its first text and one line of the same length: the site's size stays the same.
                var page = pages[edit * 7 % pages.Length];
                File.WriteAllText(page, originals[page] + $"\nMemory edit {edit:D6}.\n");
                (state, _) = rebuilder.Rebuild(state, [page]);
                Assert.False(state.LatestFailed, string.Join("\n", state.Diagnostics));
                Reload(state.LastGood!, page, site);
                if (edit % Math.Max(1, Edits / 10) == 0) heaps.Add((edit, HeapAfterFullCollection(), Environment.WorkingSet));
            }
        }
        finally
        {
            foreach (var (path, text) in originals) File.WriteAllText(path, text);
        }
        foreach (var (edit, heap, resident) in heaps) output.WriteLine($"after {edit,5} edits: managed heap {heap / 1e6:0.0} MB, resident {resident / 1e6:0} MB");
        var (first, last) = (heaps[0].Heap, heaps[^1].Heap);
        // A few megabytes of slack: the runtime's own caches and pools settle over the first hundreds of renders.
        Assert.True(last <= first + first / 10 + (4L << 20), $"the heap grew from {first >> 20} MB to {last >> 20} MB over {Edits} edits");
    }

    /// <summary>What a browser on the edited page asks for after its reload: the page in the last tree, and that tree's files made on request.</summary>
    private static void Reload(SiteSnapshot snapshot, string page, string site)
    {
        var key = Path.GetRelativePath(Path.Combine(site, "content"), page).Replace('\\', '/')[..^".md".Length] + "/";
        var tree = snapshot.Site.Trees[^1];
        foreach (var path in new[] { $"{tree.Path}{key}index.html", $"{tree.Path}search-index.json", $"{tree.Path}feed.xml", $"{tree.Path}sitemap.xml" })
        {
            if (snapshot.TryGetFile(path, out var file)) _ = OutputFileBytes.Of(file);
        }
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
