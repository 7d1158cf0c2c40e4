using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Write;

/// <summary>
/// Which folders a build may replace, and what it leaves beside its output: a folder is SpoilerGen's only if
/// SpoilerGen made it, every path is compared after its symbolic links are resolved, and the new output
/// replaces the old one whole, keeping the files whose bytes did not change.
/// </summary>
public sealed class OutputFolderTests
{
    private static TestSite SmallSite() => new TestSite(episodeCount: 2)
        .WritePage("_index.md", "title: Home", "Welcome.\n\n::: spoiler s01e02\nLater.\n:::\n")
        .WritePage("a.md", "title: A", "Page A.");

    private static BuildResult Build(TestSite site, string output, bool force = false) =>
        SiteBuilder.Build(new BuildOptions(site.Root, output, Force: force));

    [Fact]
    public void A_build_marks_its_output_and_leaves_nothing_beside_it()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);

        Assert.Equal(OutputMarker.Text, site.Read(OutputMarker.FileName));
        Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(Path.GetDirectoryName(site.Output)!));
    }

    [Fact]
    public void A_site_reached_through_a_symbolic_link_is_never_its_own_output()
    {
        using var site = SmallSite();
        var link = Path.Combine(Path.GetDirectoryName(site.Root)!, "link-to-site");
        File.CreateSymbolicLink(link, site.Root);
        var before = FolderSnapshot.Of(site.Root);

        var result = SiteBuilder.Build(new BuildOptions(link, site.Root, Force: true));

        Assert.True(result.OutputRefused);
        Assert.Contains("the output folder is the site folder itself", Assert.Single(result.Diagnostics).Message);
        Assert.True(before.SameAs(FolderSnapshot.Of(site.Root)));
    }

    [Theory]
    [InlineData("content")]
    [InlineData("static")]
    [InlineData("templates")]
    public void An_output_inside_the_sources_through_a_symbolic_link_is_refused(string sourceFolder)
    {
        using var site = SmallSite().WriteFile($"{sourceFolder}/keep.txt", "mine");
        var link = Path.Combine(Path.GetDirectoryName(site.Root)!, "elsewhere");
        File.CreateSymbolicLink(link, Path.Combine(site.Root, sourceFolder));

        var result = Build(site, Path.Combine(link, "out"), force: true);

        Assert.True(result.OutputRefused);
        Assert.Contains($"inside the site's {sourceFolder}/ folder", result.Diagnostics[0].Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, sourceFolder, "keep.txt")));
    }

    [Fact]
    public void A_folder_that_SpoilerGen_did_not_make_is_refused_and_kept()
    {
        using var site = SmallSite();
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("thesis.tex"), "years of work");

        var result = Build(site, folder.Path);

        Assert.True(result.OutputRefused);
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputFolderRefused, refusal.Code);
        Assert.Contains("SpoilerGen did not make it", refusal.Message);
        Assert.Contains("--force", refusal.Message);
        Assert.Equal("years of work", File.ReadAllText(folder.Combine("thesis.tex")));
    }

    [Fact]
    public void Force_replaces_a_folder_that_SpoilerGen_did_not_make()
    {
        using var site = SmallSite();
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("old.txt"), "old");

        Assert.True(Build(site, folder.Path, force: true).Succeeded);

        Assert.False(File.Exists(folder.Combine("old.txt")));
        Assert.True(OutputMarker.IsOn(folder.Path));
    }

    [Fact]
    public void An_empty_folder_is_written_without_force()
    {
        using var site = SmallSite();
        using var folder = new TemporaryFolder();

        Assert.True(Build(site, folder.Path).Succeeded);
        Assert.True(File.Exists(folder.Combine("index.html")));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        using var site = SmallSite();
        Directory.CreateDirectory(Path.GetDirectoryName(site.Output)!);
        File.WriteAllText(site.Output, "a file");

        var result = site.Build();

        Assert.True(result.OutputRefused);
        Assert.Contains("is a file", result.Diagnostics[0].Message);
        Assert.Equal("a file", File.ReadAllText(site.Output));
    }

    [Fact]
    public void Files_whose_bytes_did_not_change_are_not_rewritten_and_changed_ones_are()
    {
        using var site = SmallSite().WriteFile("static/logo.txt", "logo");
        Assert.True(site.Build().Succeeded);
        var unchangedPage = Path.Combine(site.Output, "start", "a", "index.html");
        var unchangedStatic = Path.Combine(site.Output, "logo.txt");
        var old = DateTime.UtcNow.AddDays(-3);
        File.SetLastWriteTimeUtc(unchangedPage, old);
        File.SetLastWriteTimeUtc(unchangedStatic, old);

        site.WritePage("_index.md", "title: Home", "Welcome back.\n\n::: spoiler s01e02\nLater.\n:::\n");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(old, File.GetLastWriteTimeUtc(unchangedPage));
        Assert.Equal(old, File.GetLastWriteTimeUtc(unchangedStatic));
        Assert.Contains("Welcome back.", site.Read("start/index.html"));
    }

    [Fact]
    public void Files_that_the_sources_no_longer_make_are_gone_from_the_output()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);

        File.Delete(Path.Combine(site.Root, "content", "a.md"));
        Assert.True(site.Build().Succeeded);

        Assert.False(site.Exists("start/a/index.html"));
        Assert.False(site.Exists("s01e02/a/index.html"));
    }

    [Fact]
    public void What_a_killed_build_left_beside_the_output_is_removed_by_the_next_build()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        var parent = Path.GetDirectoryName(site.Output)!;
        var staging = Path.Combine(parent, ".out.spoilergen-new-0123");
        Directory.CreateDirectory(Path.Combine(staging, "start"));
        File.WriteAllText(Path.Combine(staging, OutputMarker.FileName), OutputMarker.Text);
        var emptyStaging = Path.Combine(parent, ".out.spoilergen-new-4567");
        Directory.CreateDirectory(emptyStaging);
        var notOurs = Path.Combine(parent, ".out.spoilergen-new-unmarked");
        Directory.CreateDirectory(notOurs);
        File.WriteAllText(Path.Combine(notOurs, "thesis.tex"), "someone else's");

        Assert.True(site.Build().Succeeded);

        Assert.Equal([".out.spoilergen-new-unmarked", "out", "site"], FolderSnapshot.NamesBesideOutput(parent));
    }

    [Fact]
    public void A_previous_output_left_aside_by_a_build_killed_between_two_renames_is_restored()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        var before = FolderSnapshot.Of(site.Output);
        var parent = Path.GetDirectoryName(site.Output)!;
        Directory.Move(site.Output, Path.Combine(parent, ".out.spoilergen-old-4567"));

        site.WritePage("broken.md", "title: Broken\nspoiler: s09e09", "x");
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.True(before.SameAs(FolderSnapshot.Of(site.Output)));
        Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(parent));
    }

    [Fact]
    public void A_build_while_another_holds_the_output_fails_and_changes_nothing()
    {
        using var site = SmallSite();
        Assert.True(site.Build().Succeeded);
        var before = FolderSnapshot.Of(site.Output);
        var lockPath = Path.Combine(Path.GetDirectoryName(site.Output)!, ".out.spoilergen-lock");

        using (new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            site.WritePage("a.md", "title: A", "Changed.");
            var result = site.Build();

            var busy = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.OutputFolderBusy, busy.Code);
        }
        Assert.True(before.SameAs(FolderSnapshot.Of(site.Output)));
    }

    [Fact]
    public void The_command_line_refuses_a_home_folder_even_with_force()
    {
        using var site = SmallSite();
        using var home = new TemporaryFolder();
        File.WriteAllText(home.Combine(".bashrc"), "mine");

        var (exitCode, _, error) = ToolProcess.RunWith(new Dictionary<string, string> { ["HOME"] = home.Path },
            "build", site.Root, "-o", home.Path, "--force");

        Assert.Equal(2, exitCode);
        Assert.Contains("error SG0501: the output folder is a home folder", error);
        Assert.Equal("mine", File.ReadAllText(home.Combine(".bashrc")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-empty")]
    public void The_command_line_refuses_bad_output_paths_with_exit_2_and_one_line(string kind)
    {
        using var site = SmallSite();
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("keep.txt"), "x");
        var output = kind == "" ? "" : folder.Path;

        var (exitCode, _, error) = ToolProcess.Run("build", site.Root, "-o", output);

        Assert.Equal(2, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("error SG0501", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_folder_where_the_lock_file_goes_is_someone_elses_and_is_left_alone()
    {
        using var site = SmallSite();
        var lockFolder = Path.Combine(Path.GetDirectoryName(site.Output)!, ".out.spoilergen-lock");
        Directory.CreateDirectory(lockFolder);
        File.WriteAllText(Path.Combine(lockFolder, "mine.txt"), "mine");

        var result = site.Build();

        Assert.True(result.OutputRefused);
        Assert.Contains("lock file", Assert.Single(result.Diagnostics).Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(lockFolder, "mine.txt")));
    }

    [Fact]
    public void A_site_folder_given_as_a_file_is_one_line_and_exit_2()
    {
        using var site = SmallSite();
        var (exitCode, _, error) = ToolProcess.Run("build", Path.Combine(site.Root, "spoilergen.yml"));

        Assert.Equal(2, exitCode);
        Assert.Contains("is a file; give the site folder", error);
    }
}
