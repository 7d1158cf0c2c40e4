using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// On the example guide (which warns: links shown before their pages exist), an edit of one page re-renders only
/// what the edit touched, in <c>serve</c>'s memory and in <c>build</c>'s output folder, reports exactly the
/// warnings a cold build reports, and leaves every other file of the output as it was.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void One_page_edited_in_a_guide_that_warns_re_renders_only_what_it_touches_and_warns_as_a_cold_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        var output = folder.Combine("out");
        FolderCopy.Of(RepositoryPaths.ExampleSite, site);
        var options = new BuildOptions(site, output);
        var served = SiteBuilder.Render(options);
        var first = SiteBuilder.Build(options);
        Assert.True(first.Succeeded);
        Assert.Contains(first.Diagnostics, d => d.Code == "SG0302");
        var untouched = Path.Combine(output, "start", "index.html");
        // Its time as the first build left it; setting the output's times back would count as a change of the output
        // (its files' change time moves), and the next build would rightly render everything.
        var old = File.GetLastWriteTimeUtc(untouched);
        Thread.Sleep(50);

        var page = Path.Combine(site, "content", "characters", "nam-ra.md");
        File.AppendAllText(page, "\nIncrementalEditMarker.\n");
        served = SiteBuilder.Render(options, served);
        var progress = new List<string>();
        var built = SiteBuilder.Build(options with { Progress = progress.Add });
        var cold = SiteBuilder.Render(options);

        Assert.True(built.Succeeded);
        var expected = cold.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(expected, served.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(expected, built.Diagnostics.Select(d => d.ToString()));
        Assert.True(served.Cache!.ReusedCount > served.Cache.RenderedCount, $"serve rendered {served.Cache.RenderedCount} files again, reused {served.Cache.ReusedCount}");
        Assert.Contains(progress, line => line.Contains("unchanged from the previous output", StringComparison.Ordinal) && !line.Contains("took 0 unchanged", StringComparison.Ordinal));
        Assert.Contains(Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories), file => File.ReadAllText(file).Contains("IncrementalEditMarker", StringComparison.Ordinal));
        // A page the edit did not touch is the previous build's file itself, not a copy written again.
        Assert.Equal(old, File.GetLastWriteTimeUtc(untouched));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(output, file.RelativePath)));
        }
    }

    /// <summary>
    /// serve's lints run beside its incremental render and warn into a bag of their own: a render that reports anything
    /// keeps no cache, so warnings reported while it ran made every other save render the whole site again (each save after
    /// one with a lint warning). Save after save on a guide the lints warn on, each render keeps its cache and renders only
    /// what the save touched, with the cold render's warnings.
    /// </summary>
    /// <summary>
    /// A theme that prints <c>{{ date.now }}</c> without SOURCE_DATE_EPOCH: the build after an edit of text shown only later
    /// re-rendered that page in the start tree with its own time and kept the first build's time on every other page, so
    /// the start tree told which of its pages changed in parts its reader cannot see. A render that read the clock keeps
    /// no cache: every file of the next build says that build's time, as a cold build's do.
    /// </summary>
    [Fact]
    public void A_theme_that_prints_the_clock_gets_one_time_on_every_page_after_an_edit_as_a_cold_build_does()
    {
        using var site = new TestSite(episodeCount: 3);
        site.WritePage("_index.md", "title: Home", "The guide.")
            .WritePage("a.md", "title: A", "Ann is here.\n\n## Her fate {spoiler=s01e03}\n\nShe falls.")
            .WritePage("b.md", "title: B", "Bob is here.")
            .WriteFile("templates/partials/footer.html", "<footer>built at {{ date.now | date.to_string '%F %T.%N' }}</footer>");
        var options = new BuildOptions(site.Root);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var served = SiteBuilder.Render(options);
        Thread.Sleep(20);

        site.WritePage("a.md", "title: A", "Ann is here.\n\n## Her fate {spoiler=s01e03}\n\nShe falls from the roof.");
        var built = SiteBuilder.Build(options);
        served = SiteBuilder.Render(options, served);

        Assert.True(built.Succeeded);
        var pages = Directory.EnumerateFiles(Path.Combine(site.Root, "public", "start"), "index.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages in the start tree");
        Assert.Single(pages.Select(page => TimeIn(File.ReadAllText(page))).Distinct());
        Assert.Single(served.Files!.Where(file => file.RelativePath.EndsWith("index.html", StringComparison.Ordinal))
            .Select(file => TimeIn(System.Text.Encoding.UTF8.GetString(OutputFileBytes.Of(file)))).Distinct());
        Assert.Null(served.Cache);
        Assert.Null(served.ReusableCache);

        // Nothing changed but the time: not the "nothing changed" build that keeps the output as it was.
        var before = TimeIn(File.ReadAllText(pages[0]));
        Thread.Sleep(20);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var after = pages.Select(page => TimeIn(File.ReadAllText(page))).Distinct().ToList();
        Assert.NotEqual(before, Assert.Single(after));
    }

    private static string TimeIn(string html) => System.Text.RegularExpressions.Regex.Match(html, "built at ([^<]+)</footer>").Groups[1].Value;

    [Fact]
    public void Saves_to_a_guide_the_lints_warn_on_each_render_only_what_they_touch_and_warn_as_a_cold_render()
    {
        using var site = new TestSite(episodeCount: 12);
        site.WritePage("_index.md", "title: Home", "Gwi-nam waits on the roof.")
            .WritePage("a.md", "title: A", "Nam-ra is here.\n[Then Gwi-nam bites her.]{spoiler=s01e05}");
        for (var page = 0; page < 8; page++) site.WritePage($"p{page}.md", $"title: Page {page}", $"Page {page} of the guide.");
        var options = new BuildOptions(site.Root);
        var served = SiteBuilder.Render(options);

        for (var save = 1; save <= 3; save++)
        {
            site.WritePage("p3.md", "title: Page 3", $"Page 3 of the guide, save {save}.");
            served = SiteBuilder.Render(options, served);
            var cold = SiteBuilder.Render(options);

            Assert.Contains(served.Diagnostics, d => d.Code == "SG0601");
            Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), served.Diagnostics.Select(d => d.ToString()));
            Assert.True(served.Cache is { } cache && cache.ReusedCount > cache.RenderedCount,
                $"save {save}: serve kept {(served.Cache is null ? "no cache" : $"a cache, rendering {served.Cache.RenderedCount} files again and reusing {served.Cache.ReusedCount}")}");
            Assert.Equal(cold.Files!.Select(file => (file.RelativePath, Convert.ToHexString(OutputFileBytes.Of(file)))),
                served.Files!.Select(file => (file.RelativePath, Convert.ToHexString(OutputFileBytes.Of(file)))));
        }
    }

    /// <summary>
    /// build's lints read the page texts the cache keeps in a section of its own, read only when the lints ask for it. Edit after
    /// edit on a guide the lints warn on, each build renders only what the edit touched, warns as a cold build and writes a
    /// cold build's files; an edit that ends a warning ends it at once; with --warnings-as-errors a lint's
    /// warning fails the build after an edit, and the previous output stays as it was.
    /// </summary>
    [Fact]
    public void Builds_after_edits_of_a_guide_the_lints_warn_on_render_only_what_they_touch_and_warn_as_a_cold_build()
    {
        using var site = new TestSite(episodeCount: 12);
        site.WritePage("_index.md", "title: Home", "Gwi-nam waits on the roof.")
            .WritePage("a.md", "title: A", "Nam-ra is here.\n[Then Gwi-nam bites her.]{spoiler=s01e05}");
        for (var page = 0; page < 8; page++) site.WritePage($"p{page}.md", $"title: Page {page}", $"Page {page} of the guide.");
        using var folder = new TemporaryFolder();
        var output = folder.Combine("out");
        var options = new BuildOptions(site.Root, output);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        for (var edit = 1; edit <= 3; edit++)
        {
            // The third edit shows the marked name early on one more page: shown early more often than marked, it warns no more.
            site.WritePage("p3.md", "title: Page 3", edit < 3 ? $"Page 3 of the guide, edit {edit}." : "Page 3 of the guide: the Gwi-nam page.");
            var progress = new List<string>();
            var built = SiteBuilder.Build(options with { Progress = progress.Add });
            var cold = SiteBuilder.Render(options);

            Assert.True(built.Succeeded);
            Assert.Equal(edit < 3, built.Diagnostics.Any(d => d.Code == "SG0601"));
            Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), built.Diagnostics.Select(d => d.ToString()));
            Assert.Contains(progress, line => line.Contains("unchanged from the previous output", StringComparison.Ordinal) && !line.Contains("took 0 unchanged", StringComparison.Ordinal));
            foreach (var file in cold.Files!)
            {
                Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(output, file.RelativePath)));
            }
            Assert.Equal(cold.Files!.Count + 1, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
        }

        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.ReadAllBytes);
        site.WritePage("p3.md", "title: Page 3", "Page 3 of the guide, edit 4.");
        var failed = SiteBuilder.Build(options with { WarningsAsErrors = true });
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == "SG0601" && d.IsError);
        Assert.Equal(before.Keys.Order(), Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order());
        foreach (var (path, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    /// <summary>
    /// A page too large for the cache (more than a million characters of text) is rendered again by the next build,
    /// which is still the cold build's output. Before, writing it into the cache needed six bytes per character at
    /// once, and a 25 MB page ran out of a 640 MB heap after its output was already in place (exit 70).
    /// </summary>
    [Fact]
    public void A_page_too_large_for_the_cache_is_rendered_again_and_the_output_is_a_cold_builds()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("large.md", "title: Large", string.Concat(Enumerable.Repeat("Rooftop students escape the lab.\n\n", 40_000)))
            .WritePage("small.md", "title: Small", "Before the edit.\n");
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        site.WritePage("small.md", "title: Small", "After the edit.\n");
        var progress = new List<string>();
        Assert.True(SiteBuilder.Build(options with { Progress = progress.Add }).Succeeded);
        var cold = SiteBuilder.Render(options);

        Assert.Contains(progress, line => line.Contains("unchanged from the previous output", StringComparison.Ordinal) && !line.Contains("took 0 unchanged", StringComparison.Ordinal));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
        var written = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(site.Output, path).Replace('\\', '/'));
        // The output's own marker (.spoilergen) says the folder is SpoilerGen's; every other file is one a cold build makes.
        Assert.Equal(cold.Files!.Select(file => file.RelativePath).Order(StringComparer.Ordinal), written.Where(path => path != ".spoilergen").Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A heading inside a footnote is shown from the level of the blocks that reference the note, so a link to it from
    /// another page keeps its fragment only in those trees. Lowering that block's level on the target page alone must
    /// render the linking page again: the other page's source did not change, and a stale copy would point nowhere.
    /// </summary>
    [Fact]
    public void A_link_to_a_heading_in_a_note_follows_a_change_of_the_level_that_shows_the_note()
    {
        const string Other = "See [her grave](nam-ra.md#her-grave).\n";
        static string NamRa(string level) => $"Intro.\n\n::: spoiler {level}\nLater[^n].\n:::\n\n[^n]: ## Her grave\n\n    The grave.\n";
        using var site = new TestSite(episodeCount: 7).WritePage("nam-ra.md", "title: Nam-ra", NamRa("s01e07")).WritePage("other.md", "title: Other", Other);
        var options = new BuildOptions(site.Root, site.Output);
        var served = SiteBuilder.Render(options);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.DoesNotContain("#her-grave", site.Read("s01e04/other/index.html"), StringComparison.Ordinal);
        Assert.Contains("nam-ra/#her-grave\"", site.Read("s01e07/other/index.html"), StringComparison.Ordinal);

        site.WritePage("nam-ra.md", "title: Nam-ra", NamRa("s01e03"));
        served = SiteBuilder.Render(options, served);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var cold = SiteBuilder.Render(options);

        Assert.Contains("nam-ra/#her-grave\"", site.Read("s01e04/other/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("#her-grave", site.Read("s01e02/other/index.html"), StringComparison.Ordinal);
        var servedFiles = served.Files!.ToDictionary(file => file.RelativePath, OutputFileBytes.Of, StringComparer.Ordinal);
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), servedFiles[file.RelativePath]);
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
    }

    /// <summary>
    /// The output's marker (<c>.spoilergen</c>, at the root, outside every tree) is a file like any other whose bytes did not
    /// change: it keeps its copy and time over builds that change something (attack 14, #08), so a sync tool that compares
    /// times sees only what changed, through a fresh output folder and through the spare alike.
    /// </summary>
    [Fact]
    public void The_output_marker_keeps_its_time_over_builds_that_change_something()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("a.md", "title: A", "Before.\n");
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var marker = Path.Combine(site.Output, ".spoilergen");
        var time = File.GetLastWriteTimeUtc(marker);

        foreach (var text in new[] { "After one edit.\n", "After two edits.\n", "After three edits.\n" })
        {
            Thread.Sleep(50);
            site.WritePage("a.md", "title: A", text);
            Assert.True(SiteBuilder.Build(options).Succeeded);
            Assert.Contains(text.Trim(), site.Read("start/a/index.html"), StringComparison.Ordinal);
            Assert.Equal(time, File.GetLastWriteTimeUtc(marker));
        }
    }
}
