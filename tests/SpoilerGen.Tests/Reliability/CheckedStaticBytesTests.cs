using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A text file of <c>static/</c> is published as it is, so its spoiler markup is refused (SG0203). The check must read the
/// bytes that are published: before, the load read each file to check it and the copy read it again, so a file edited
/// between the two (a save while a build or <c>serve</c>'s rebuild ran) published markup that no check had seen.
/// </summary>
public sealed class CheckedStaticBytesTests
{
    private const string StaticFile = "static/notes.txt";
    private const string Clean = "Notes on the first season.\n";
    private const string Spoiling = "Notes on the first season.\nA [SECRET-7d41]{spoiler=s01e02} leaves.\n";

    public static TheoryData<string> Edits() => ["renamed over", "written in place"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_static_file_given_spoiler_markup_after_the_load_fails_the_build_and_is_never_published(string edit)
    {
        using var site = new HostileSite();
        site.WriteFile(StaticFile, Clean);
        var edited = 0;
        // The build says "loaded …" once every source is read and before anything is rendered or copied.
        var options = new BuildOptions(site.Root, site.Output, Force: true, Progress: step =>
        {
            if (!step.StartsWith("loaded ", StringComparison.Ordinal) || Interlocked.Exchange(ref edited, 1) != 0) return;
            Edit(site, edit, Spoiling);
        });

        var result = SiteBuilder.Build(options);

        Assert.Equal(1, edited);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0203", error.Code);
        Assert.EndsWith(StaticFile, error.Position.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Position.Line);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Output));
    }

    [Fact]
    public void A_static_file_added_after_the_load_is_checked_as_it_is_copied()
    {
        using var site = new HostileSite();
        // The copy lists static/ again: a file that appears after the load was copied without any check.
        var options = new BuildOptions(site.Root, site.Output, Force: true, Progress: step =>
        {
            if (step.StartsWith("loaded ", StringComparison.Ordinal)) site.WriteFile("static/late.html", "<p>Late</p>\n::: spoiler s01e02\n<p>SECRET-7d41</p>\n:::\n");
        });

        var result = SiteBuilder.Build(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SG0203", error.Code);
        Assert.EndsWith("static/late.html", error.Position.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Position.Line);
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Output));
    }

    [Fact]
    public void A_static_file_edited_after_the_load_is_published_with_the_bytes_that_were_checked()
    {
        using var site = new HostileSite();
        site.WriteFile(StaticFile, Clean);
        const string Later = "Notes on the first season, edited while the build ran.\n";
        var options = new BuildOptions(site.Root, site.Output, Force: true, Progress: step =>
        {
            if (step.StartsWith("loaded ", StringComparison.Ordinal)) Edit(site, "renamed over", Later);
        });

        var result = SiteBuilder.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Later, File.ReadAllText(Path.Combine(site.Output, "notes.txt")));
    }

    [Fact]
    public void Serve_and_check_refuse_a_static_file_given_spoiler_markup_after_the_load()
    {
        using var site = new HostileSite();
        site.WriteFile(StaticFile, Clean);
        var options = new BuildOptions(site.Root);

        var modeled = SiteBuilder.LoadModel(options);
        Edit(site, "written in place", Spoiling);
        var served = SiteBuilder.Render(options, modeled);
        var checkedSite = SiteBuilder.Render(options, SiteBuilder.LoadModel(options), keepsFiles: false);

        foreach (var rendered in new[] { served, checkedSite })
        {
            Assert.False(rendered.Succeeded);
            Assert.Contains(rendered.Diagnostics, d => d.Code == "SG0203" && d.Position.Path.EndsWith(StaticFile, StringComparison.Ordinal) && d.Position.Line == 2);
        }
        Assert.Null(served.Files);
    }

    [Fact]
    public void A_serve_rebuild_scans_only_the_static_files_whose_bytes_changed_even_at_the_same_size_and_time()
    {
        using var site = new HostileSite();
        for (var i = 0; i < 20; i++) site.WriteFile($"static/pages/p{i:D2}.html", $"<p>Page {i} of the notes.</p>\n");
        site.WriteFile(StaticFile, Clean);
        var options = new BuildOptions(site.Root);

        var first = SiteBuilder.Render(options);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(22, first.StaticCheck!.ScannedCount); // the 20 pages, the notes and the site's SVG

        var unchanged = SiteBuilder.Render(options, first);
        Assert.True(unchanged.Succeeded);
        Assert.Equal(0, unchanged.StaticCheck!.ScannedCount);

        // Same length, same modification time: only the bytes tell the edit.
        var path = site.PathOf(StaticFile);
        var time = File.GetLastWriteTimeUtc(path);
        var sameSize = Clean.Replace("Notes on", "{spoiler", StringComparison.Ordinal);
        Assert.Equal(Clean.Length, sameSize.Length);
        File.WriteAllText(path, sameSize);
        File.SetLastWriteTimeUtc(path, time);

        var edited = SiteBuilder.Render(options, unchanged);
        Assert.Equal(1, edited.StaticCheck!.ScannedCount);
        Assert.Contains(edited.Diagnostics, d => d.Code == "SG0203" && d.Position.Path.EndsWith(StaticFile, StringComparison.Ordinal));
        Assert.False(edited.Succeeded);
    }

    private static void Edit(HostileSite site, string edit, string text)
    {
        var path = site.PathOf(StaticFile);
        if (edit == "written in place")
        {
            File.WriteAllText(path, text);
            return;
        }
        var written = site.PathOf("notes.tmp");
        File.WriteAllText(written, text);
        File.Move(written, path, overwrite: true);
    }
}
