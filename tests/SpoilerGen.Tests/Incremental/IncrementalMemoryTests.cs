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

    /// <summary>
    /// A tree's search index, feed and sitemap, never asked for, hold only what they are made from: before, each one's
    /// function shared the closure of the method that rendered its tree, which held the tree as the render before cached it,
    /// whose unmade files held the render before that, and so on: every model since serve started (0.4 MB a save at
    /// 1,000 × 12, where no browser asked for the search index, and resident memory grew to 750 MB by the 500th save).
    /// </summary>
    [Fact]
    public void After_edits_shown_in_every_tree_the_first_model_is_no_longer_held_by_the_unmade_files_of_the_later_renders()
    {
        using var site = new TestSite(episodeCount: 4).WritePage("_index.md", "title: Home", "The home.");
        for (var page = 0; page < 4; page++) site.WritePage($"p{page}.md", $"title: Page {page}", $"Page {page}, shown in every tree.");
        var (latest, first) = RenderAndEditModel(new BuildOptions(site.Root), Path.Combine(site.Root, "content", "p1.md"));

        for (var i = 0; i < 3 && first.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.True(latest.Succeeded);
        Assert.False(first.IsAlive, "the first render's model is still held after three more renders");
        GC.KeepAlive(latest);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (RenderedSite Latest, WeakReference First) RenderAndEditModel(BuildOptions options, string page)
    {
        var rendered = SiteBuilder.Render(options);
        var first = new WeakReference(rendered.Site);
        for (var edit = 1; edit <= 3; edit++)
        {
            File.AppendAllText(page, $"\nMemoryEdit{edit}.\n");
            rendered = SiteBuilder.Render(options, rendered, changedPaths: new HashSet<string> { Path.GetRelativePath(options.SiteFolder, page) });
        }
        return (rendered, first);
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
