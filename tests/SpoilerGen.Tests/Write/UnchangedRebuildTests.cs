using SpoilerGen.Build;
using SpoilerGen.Tests.Support;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Write;

/// <summary>
/// A build whose sources, options and tool did not change, over an output that is as the last build left it,
/// has nothing to do: it touches no file and reports the counts that build reported. Any change to either
/// side makes it build again; warnings of that build are reported again.
/// </summary>
public sealed class UnchangedRebuildTests
{
    private static TestSite SmallSite() => new TestSite(episodeCount: 2)
        .WritePage("_index.md", "title: Home", "Welcome.\n\n::: spoiler s01e02\nLater.\n:::\n")
        .WritePage("a.md", "title: A", "Page A, see [B](b.md).")
        .WritePage("b.md", "title: B", "Page B.")
        .WriteFile("static/logo.txt", "logo");

    /// <summary>
    /// Each output file's time as the build left it, and a pause, so that a file written again would have a later one.
    /// Setting the times back instead would count as a change of the output (its files' change time moves), and the next
    /// build would rightly render everything.
    /// </summary>
    private static void Age(TestSite site, out Dictionary<string, DateTime> old)
    {
        old = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(file => file, File.GetLastWriteTimeUtc);
        Thread.Sleep(50);
    }

    [Fact]
    public void A_build_with_nothing_changed_touches_nothing_and_repeats_the_counts()
    {
        using var site = SmallSite();
        var first = site.Build();
        Assert.True(first.Succeeded);
        Assert.Empty(first.Diagnostics);
        Age(site, out var old);
        var before = FolderSnapshot.Of(site.Output);

        var second = site.Build();

        Assert.True(second.Succeeded);
        Assert.Equal((first.PageCount, first.TreeCount, first.FileCount), (second.PageCount, second.TreeCount, second.FileCount));
        Assert.Empty(second.Diagnostics);
        Assert.True(before.SameAs(FolderSnapshot.Of(site.Output)));
        Assert.All(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), file => Assert.Equal(old[file], File.GetLastWriteTimeUtc(file)));
    }

    [Fact]
    public void A_source_or_template_saved_without_a_change_is_no_work()
    {
        using var site = SmallSite().WriteFile("templates/partials/footer.html", "<footer>Own</footer>\n");
        Assert.True(site.Build().Succeeded);
        Age(site, out var old);
        var progress = new List<string>();
        foreach (var path in new[] { "content/a.md", "templates/partials/footer.html", "spoilergen.yml" })
        {
            var file = Path.Combine(site.Root, path);
            File.WriteAllBytes(file, File.ReadAllBytes(file));
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(5));
        }

        var second = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, Progress: progress.Add));

        Assert.True(second.Succeeded);
        Assert.Contains(progress, line => line.StartsWith("nothing changed since the last build", StringComparison.Ordinal));
        Assert.All(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), file => Assert.Equal(old[file], File.GetLastWriteTimeUtc(file)));
    }

    [Fact]
    public void A_build_that_warned_is_no_work_the_next_time_but_warns_again_and_its_output_names_no_source()
    {
        using var site = SmallSite().WritePage("b.md", "title: B\nspoiler: s01e02", "Page B.");
        var first = site.Build();
        Assert.Contains(first.Diagnostics, d => d.Code == "SG0302");
        Age(site, out var old);
        var progress = new List<string>();

        var second = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, Progress: progress.Add));

        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(progress, line => line.StartsWith("nothing changed since the last build", StringComparison.Ordinal));
        Assert.All(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), file => Assert.Equal(old[file], File.GetLastWriteTimeUtc(file)));
        // With warnings as errors the same sources fail, as a full build of them would, and leave the output as it was.
        var strict = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, WarningsAsErrors: true));
        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.Code == "SG0302" && d.IsError);

        site.WritePage("b.md", "title: B", "Page B.");
        Assert.Empty(site.Build().Diagnostics);
        var record = File.ReadAllText(RecordOf(site));
        Assert.DoesNotContain("b.md", record);
        Assert.DoesNotContain("content", record);
    }

    [Fact]
    public void An_output_file_deleted_changed_or_added_after_the_build_is_put_right()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        var expected = FolderSnapshot.Of(site.Output);

        File.Delete(Path.Combine(site.Output, "start", "a", "index.html"));
        Assert.True(site.Build().Succeeded);
        Assert.True(expected.SameAs(FolderSnapshot.Of(site.Output)));

        File.WriteAllText(Path.Combine(site.Output, "start", "index.html"), "edited by hand");
        Assert.True(site.Build().Succeeded);
        Assert.True(expected.SameAs(FolderSnapshot.Of(site.Output)));

        File.WriteAllText(Path.Combine(site.Output, "stray.html"), "not ours");
        Assert.True(site.Build().Succeeded);
        Assert.True(expected.SameAs(FolderSnapshot.Of(site.Output)));
    }

    /// <summary>
    /// A file of the output edited in place with its size kept and its old time given back (its other name in the spare
    /// sees the same bytes): the change time, which no program sets back, tells the next build, which then compares every
    /// file. Before, the build trusted its cache over such an output and kept the edited file.
    /// </summary>
    [Fact]
    public void An_output_file_edited_in_place_and_given_back_its_time_is_put_right_after_an_edit()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        site.WritePage("b.md", "title: B", "Page B, edited once.");
        Assert.True(site.Build().Succeeded);
        site.WritePage("b.md", "title: B", "Page B, edited twice.");
        Assert.True(site.Build().Succeeded);
        var expected = FolderSnapshot.Of(site.Output);
        var page = Path.Combine(site.Output, "start", "a", "index.html");
        var time = File.GetLastWriteTimeUtc(page);
        var bytes = File.ReadAllBytes(page);
        bytes[^2] = (byte)(bytes[^2] == 'x' ? 'y' : 'x');
        using (var stream = new FileStream(page, FileMode.Open, FileAccess.Write)) stream.Write(bytes);
        File.SetLastWriteTimeUtc(page, time);

        site.WritePage("b.md", "title: B", "Page B, edited again.");
        Assert.True(site.Build().Succeeded);
        site.WritePage("b.md", "title: B", "Page B, edited twice.");
        Assert.True(site.Build().Succeeded);

        Assert.True(expected.SameAs(FolderSnapshot.Of(site.Output)));
    }

    [Fact]
    public void A_changed_source_template_static_file_or_option_builds_again()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);

        site.WritePage("a.md", "title: A", "Page A, changed.");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("Page A, changed.", site.Read("start/a/index.html"));

        site.WriteFile("templates/partials/footer.html", "<footer>Own footer</footer>\n");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("Own footer", site.Read("start/a/index.html"));

        site.WriteFile("static/logo.txt", "new logo");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("new logo", site.Read("logo.txt"));

        Assert.True(site.Build(baseUrl: "https://example.org/moved/").Succeeded);
        Assert.Contains("/moved/start/", site.Read("start/a/index.html"));
    }

    [Fact]
    public void A_failed_build_after_a_good_one_still_fails_and_leaves_the_output_as_it_was()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        var before = FolderSnapshot.Of(site.Output);

        site.WritePage("a.md", "title: A", "::: spoiler s09e09\nNo such episode.\n:::\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.True(before.SameAs(FolderSnapshot.Of(site.Output)));
        Assert.True(File.Exists(RecordOf(site)));
    }

    /// <summary>The build record, beside the output: the published folder holds nothing that depends on every tree.</summary>
    private static string RecordOf(TestSite site) =>
        Path.Combine(Path.GetDirectoryName(site.Output)!, "." + Path.GetFileName(site.Output) + BuildRecord.Suffix);

    [Fact]
    public void The_build_record_is_kept_beside_the_output_not_in_it_and_a_folder_there_is_left_alone()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, BuildRecord.Suffix)));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*spoilergen-build*", SearchOption.AllDirectories));
        Assert.StartsWith("sources ", File.ReadAllText(RecordOf(site)));

        // Someone else's folder where the record goes: never touched, and the build still succeeds.
        File.Delete(RecordOf(site));
        Directory.CreateDirectory(RecordOf(site));
        File.WriteAllText(Path.Combine(RecordOf(site), "mine.txt"), "keep");
        site.WritePage("a.md", "title: A changed", "Page A.");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(RecordOf(site), "mine.txt")));
    }
}
