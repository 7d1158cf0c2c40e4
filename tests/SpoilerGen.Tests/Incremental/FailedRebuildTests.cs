using SpoilerGen.Build;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// A save that breaks the build (a bad front matter, or a page read half-written) keeps the last good render's cache
/// for the save that fixes it: that save renders only what changed since the last good render, as a plain text edit
/// does, and its files are a cold render's, byte for byte. Before, the failed render dropped the cache and the fix
/// rendered every file again (seconds at 1,000 × 12).
/// </summary>
public sealed class FailedRebuildTests
{
    private static readonly string Edited = Path.Combine("content", "a", "p3.md");

    private static readonly string Other = Path.Combine("content", "b", "p5.md");

    /// <summary>Two sections of five pages, each page linking to the next of its section: an edit touches one section.</summary>
    private static TestSite Guide()
    {
        var site = new TestSite(episodeCount: 6);
        site.WritePage("_index.md", "title: Home", "The guide's home.");
        foreach (var section in new[] { "a", "b" })
        {
            site.WritePage($"{section}/_index.md", $"title: Section {section}", $"Section {section}.");
            var first = section == "a" ? 0 : 5;
            for (var page = first; page < first + 5; page++)
            {
                site.WritePage($"{section}/p{page}.md", $"title: Page {page}\nspoiler: s01e0{1 + page % 6}",
                    $"Page {page} of the guide, linking [the next](p{first + (page + 1 - first) % 5}.md).");
            }
        }
        return site;
    }

    private static void Break(TestSite site, string text) => site.WriteFile(Edited, $"---\ntitle: Page 3\nspoiler: [unclosed\n---\n{text}");

    [Fact]
    public void A_fix_after_a_failed_save_renders_what_a_plain_edit_renders_and_equals_a_cold_render()
    {
        using var plain = Guide();
        var plainOptions = new BuildOptions(plain.Root);
        var plainServed = SiteBuilder.Render(plainOptions);
        plain.WritePage("a/p3.md", "title: Page 3\nspoiler: s01e04", "Page 3, fixed and edited.");
        plainServed = SiteBuilder.Render(plainOptions, plainServed, changedPaths: new HashSet<string> { Edited });
        Assert.True(plainServed.Succeeded && plainServed.Cache!.ReusedCount > plainServed.Cache.RenderedCount);

        using var site = Guide();
        var options = new BuildOptions(site.Root);
        var served = SiteBuilder.Render(options);
        Break(site, "Page 3, broken.");
        served = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { Edited });
        Assert.False(served.Succeeded);
        Assert.Contains(served.Diagnostics, d => d.IsError && d.Position.Path.EndsWith("a/p3.md", StringComparison.Ordinal));
        site.WritePage("a/p3.md", "title: Page 3\nspoiler: s01e04", "Page 3, fixed and edited.");
        served = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { Edited });

        Assert.True(served.Succeeded);
        Assert.True(served.Cache is { } cache && cache.RenderedCount == plainServed.Cache!.RenderedCount,
            $"the fix rendered {served.Cache?.RenderedCount} files and reused {served.Cache?.ReusedCount}; a plain edit renders {plainServed.Cache!.RenderedCount}");
        AssertSameFiles(SiteBuilder.Render(options), served);
    }

    /// <summary>
    /// What the failed save read besides the broken page (another page edited in the same save, or while it was broken) is
    /// rendered by the save that fixes it, although that save names only the broken page: the cache is the last good
    /// render's, and the other page's source no longer hashes as it did there.
    /// </summary>
    [Fact]
    public void A_page_changed_while_the_build_was_broken_is_rendered_by_the_fix_not_taken_stale_from_the_last_good_render()
    {
        // Page 5 shows from the first episode, with a new title and text: its lists, neighbours and links change too.
        static void EditPage5(TestSite site) => site.WritePage("b/p5.md", "title: Page 5 renamed\nspoiler: s01e01", "Page 5, edited while the build was broken.");
        static void FixPage3(TestSite site) => site.WritePage("a/p3.md", "title: Page 3\nspoiler: s01e02", "Page 3, fixed.");

        using var plain = Guide();
        var plainOptions = new BuildOptions(plain.Root);
        var plainServed = SiteBuilder.Render(plainOptions);
        EditPage5(plain);
        FixPage3(plain);
        plainServed = SiteBuilder.Render(plainOptions, plainServed, changedPaths: new HashSet<string> { Edited, Other });
        // The level change touches every tree, yet the one good save reuses files: the equal count below is the incremental one.
        Assert.True(plainServed.Succeeded && plainServed.Cache!.ReusedCount > 0, $"the one good save reused {plainServed.Cache?.ReusedCount} files");

        using var site = Guide();
        var options = new BuildOptions(site.Root);
        var served = SiteBuilder.Render(options);
        Break(site, "Page 3, broken.");
        EditPage5(site);
        served = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { Edited, Other });
        Assert.False(served.Succeeded);
        Break(site, "Page 3, still broken.");
        served = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { Edited });
        Assert.False(served.Succeeded);
        FixPage3(site);
        served = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { Edited });

        Assert.True(served.Succeeded);
        Assert.True(served.Cache is { } cache && cache.RenderedCount == plainServed.Cache!.RenderedCount,
            $"the fix rendered {served.Cache?.RenderedCount} files and reused {served.Cache?.ReusedCount}; the same edits in one good save render {plainServed.Cache!.RenderedCount}");
        var cold = SiteBuilder.Render(options);
        AssertSameFiles(cold, served);
        Assert.Contains(cold.Files!, file => file.RelativePath == "s01e01/b/p5/index.html");
    }

    private static void AssertSameFiles(RenderedSite cold, RenderedSite served) =>
        Assert.Equal(cold.Files!.Select(file => (file.RelativePath, Convert.ToHexString(OutputFileBytes.Of(file)))),
            served.Files!.Select(file => (file.RelativePath, Convert.ToHexString(OutputFileBytes.Of(file)))));
}
