using System.Runtime.CompilerServices;
using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// <c>serve</c> keeps only its latest render: after edits, nothing of an earlier render is held through the later
/// ones. A render that kept the one before it kept them all, and serve grew by the site's model and cache on every
/// save (10 MB a save at 1,000 × 12, 2 GB after 200 saves).
/// </summary>
public sealed class IncrementalMemoryTests
{
    [Fact]
    public void After_edits_an_earlier_render_is_no_longer_held_by_the_later_ones()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        FolderCopy.Of(RepositoryPaths.ExampleSite, site);
        var options = new BuildOptions(site);
        var page = Path.Combine(site, "content", "characters", "nam-ra.md");
        var (latest, first) = RenderAndEdit(options, page);

        // The first render's cache is garbage once only the latest render is kept, as serve keeps it.
        for (var i = 0; i < 3 && first.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.True(latest.Succeeded);
        Assert.False(first.IsAlive, "the first render's cache is still held after three more renders");
        GC.KeepAlive(latest);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (RenderedSite Latest, WeakReference First) RenderAndEdit(BuildOptions options, string page)
    {
        var rendered = SiteBuilder.Render(options);
        var first = new WeakReference(rendered.Cache);
        for (var edit = 1; edit <= 3; edit++)
        {
            File.AppendAllText(page, $"\nMemoryEdit{edit}.\n");
            // No file is asked for: a tree's search index, feed and sitemap stay unmade, as serve's mostly do.
            rendered = SiteBuilder.Render(options, rendered);
        }
        return (rendered, first);
    }
}
