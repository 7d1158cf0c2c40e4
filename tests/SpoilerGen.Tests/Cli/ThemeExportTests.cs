using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Cli;

/// <summary><c>spoilergen theme export</c>: the embedded theme, out where an author can change it, and nothing of theirs replaced unasked.</summary>
public sealed class ThemeExportTests
{
    [Fact]
    public void A_site_folder_gets_the_theme_in_its_templates_and_builds_the_same()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hi.");
        var before = site.Build();
        var chooserBefore = site.Read("index.html");

        var (exitCode, output, error) = ToolProcess.Run("theme", "export", site.Root);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("templates", output);
        foreach (var file in new[] { "page.html", "chooser.html", "partials/head.html", "assets/style.css" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", file)), File.ReadAllText(Path.Combine(site.Root, "templates", file)));
        }
        var after = site.Build();
        Assert.Empty(after.Diagnostics);
        Assert.Equal(before.FileCount, after.FileCount);
        Assert.Equal(chooserBefore, site.Read("index.html"));
    }

    [Fact]
    public void Existing_files_are_kept_unless_forced()
    {
        using var folder = new TemporaryFolder();
        var theme = folder.Combine("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "page.html"), "mine");

        var refused = ToolProcess.Run("theme", "export", theme);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already holds page.html", refused.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(theme, "page.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(theme));

        var forced = ToolProcess.Run("theme", "export", theme, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("mine", File.ReadAllText(Path.Combine(theme, "page.html")));
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_nothing_behind()
    {
        using var folder = new TemporaryFolder();
        var theme = folder.Combine("theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "assets"), "a file where the theme needs a folder");

        var (exitCode, output, error) = ToolProcess.Run("theme", "export", theme);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Matches(@"^spoilergen: error: could not create the folder '.*theme/assets': .*\n$", error);
        Assert.Equal(["assets"], Directory.EnumerateFileSystemEntries(theme).Select(Path.GetFileName));
    }

    [Fact]
    public void Export_never_writes_through_a_symbolic_link_even_with_force()
    {
        using var folder = new TemporaryFolder();
        var precious = folder.Combine("precious.txt");
        File.WriteAllText(precious, "PRECIOUS");
        var theme = folder.Combine("theme");
        Directory.CreateDirectory(theme);
        File.CreateSymbolicLink(Path.Combine(theme, "page.html"), precious);
        var outside = folder.Combine("outside");
        Directory.CreateDirectory(outside);
        var linkedFolder = folder.Combine("linked");
        File.CreateSymbolicLink(linkedFolder, outside);

        var throughFile = ToolProcess.Run("theme", "export", theme, "--force");
        var throughFolder = ToolProcess.Run("theme", "export", linkedFolder, "--force");

        Assert.Equal(2, throughFile.ExitCode);
        Assert.Contains("is a symbolic link", throughFile.Error);
        Assert.Equal("PRECIOUS", File.ReadAllText(precious));
        Assert.Equal(2, throughFolder.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Theory]
    [InlineData("theme", "export", "")]
    [InlineData("new", "")]
    [InlineData("serve", ".", "-p", "abc")]
    public void Empty_or_unreadable_arguments_are_one_line_and_exit_2(params string[] arguments)
    {
        var (exitCode, _, error) = ToolProcess.Run(arguments);

        Assert.Equal(2, exitCode);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Unhandled exception", error);
    }
}
