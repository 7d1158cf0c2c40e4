using System.Diagnostics;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// What <c>--force</c>, <c>new</c> and <c>theme export</c> may never do to files that are not SpoilerGen's:
/// delete a folder that holds a home or the working folder, write through a hard link into a file elsewhere,
/// or leave half-written files when the disk is full or a folder immutable.
/// </summary>
public sealed class DataLossTests
{
    [Fact]
    public void Force_refuses_a_folder_that_holds_a_home_folder()
    {
        using var site = new HostileSite();
        var parent = Path.Combine(site.Parent, "users");
        var home = Path.Combine(parent, "someone");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Combine(home, ".bashrc"), "mine");

        var (exitCode, _, error) = ToolProcess.RunWith(new Dictionary<string, string> { ["HOME"] = home }, "build", site.Root, "-o", parent, "--force");

        Assert.Equal(2, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("error SG0501: the output folder holds a home folder", error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(home, ".bashrc")));
    }

    [Fact]
    public void Force_refuses_a_folder_that_holds_the_working_folder()
    {
        using var site = new HostileSite();
        var working = Path.Combine(site.Output, "deep", "here");
        Directory.CreateDirectory(working);
        File.WriteAllText(Path.Combine(working, "notes.txt"), "mine");

        var (exitCode, _, error) = ToolProcess.RunIn(working, "build", site.Root, "-o", site.Output, "--force");

        Assert.Equal(2, exitCode);
        Assert.Contains("error SG0501: the output folder holds the working folder", error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(working, "notes.txt")));
    }

    [Fact]
    public void Force_refuses_the_folder_the_tool_runs_from_and_any_folder_holding_it()
    {
        using var site = new HostileSite();
        // The folder that holds the tool under test: the native executable's when the tests run it, else the
        // test assembly's, where the tool is built. A wrong folder here would let the build delete the tests.
        var tool = SpoilerGenCommand.NativeExecutable ?? Path.Combine(AppContext.BaseDirectory, "spoilergen.dll");
        var installation = Path.GetDirectoryName(Path.GetDirectoryName(tool)!)!;

        var (exitCode, _, error) = ToolProcess.RunIn(site.Parent, "build", site.Root, "-o", installation, "--force");

        Assert.Equal(2, exitCode);
        Assert.Contains("error SG0501: the output folder holds the folder SpoilerGen runs from", error);
        Assert.True(File.Exists(tool));
    }

    [Fact]
    public void Force_refuses_the_sites_translation_tables_and_any_repository()
    {
        using var site = new HostileSite();
        site.WriteFile("i18n/ko.yml", "text:\n  menu: 메뉴\n");
        site.WriteFile(".git/HEAD", "ref: refs/heads/main\n");
        var projects = Path.Combine(site.Parent, "projects");
        Directory.CreateDirectory(Path.Combine(projects, "other", "deep", ".git"));
        File.WriteAllText(Path.Combine(projects, "other", "deep", ".git", "HEAD"), "ref: refs/heads/main\n");

        var (i18nExit, _, i18nError) = ToolProcess.RunIn(site.Parent, "build", site.Root, "-o", Path.Combine(site.Root, "i18n"), "--force");
        var (gitExit, _, gitError) = ToolProcess.RunIn(site.Parent, "build", site.Root, "-o", Path.Combine(site.Root, ".git"), "--force");
        var (holdsExit, _, holdsError) = ToolProcess.RunIn(site.Parent, "build", site.Root, "-o", projects, "--force");

        Assert.Equal(2, i18nExit);
        Assert.Single(i18nError.Trim().Split('\n'));
        Assert.Contains("error SG0501: the output folder lies inside the site's i18n/ folder, which the build reads", i18nError);
        Assert.Equal(2, gitExit);
        Assert.Contains("error SG0501: the output folder is or lies inside a .git folder", gitError);
        Assert.Equal(2, holdsExit);
        Assert.Contains("error SG0501: the output folder holds a repository", holdsError);
        Assert.True(File.Exists(Path.Combine(site.Root, "i18n", "ko.yml")));
        Assert.True(File.Exists(Path.Combine(site.Root, ".git", "HEAD")));
        Assert.True(File.Exists(Path.Combine(projects, "other", "deep", ".git", "HEAD")));
    }

    [Theory]
    [InlineData("/usr", "the output folder is /usr, a system folder")]
    [InlineData("/var", "the output folder is /var, a system folder")]
    [InlineData("/opt", "the output folder is /opt, a system folder")]
    [InlineData("/tmp", "the output folder is /tmp, a system folder")]
    [InlineData("/proc/self/x", "the output folder lies inside /proc, a system folder")]
    [InlineData("/etc/guide", "the output folder lies inside /etc, a system folder")]
    [InlineData("/dev/shm", "the output folder is /dev/shm, a system folder")]
    public void Force_refuses_system_folders_and_what_lies_inside_the_kernels(string output, string expected)
    {
        using var site = new HostileSite();

        // Only the guard is asked: a build that got past it would delete the machine's files.
        var problem = SpoilerGen.Write.OutputFolderGuard.Problem(site.Root, output, force: true);

        Assert.NotNull(problem);
        Assert.StartsWith(expected, problem);
    }

    [Fact]
    public void Theme_export_with_force_replaces_a_hard_link_and_leaves_the_file_it_shared_bytes_with()
    {
        using var folder = new TemporaryFolder();
        var outside = folder.Combine("precious.html");
        File.WriteAllText(outside, "PRECIOUS");
        var theme = folder.Combine("theme");
        Directory.CreateDirectory(theme);
        Link(outside, Path.Combine(theme, "page.html"));

        var (exitCode, _, error) = ToolProcess.Run("theme", "export", theme, "--force");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Equal("PRECIOUS", File.ReadAllText(outside));
        Assert.NotEqual("PRECIOUS", File.ReadAllText(Path.Combine(theme, "page.html")));
        Assert.Empty(Directory.EnumerateFiles(theme, "*.spoilergen-new", SearchOption.AllDirectories));
    }

    [TmpfsFact]
    public void New_on_a_full_disk_is_one_line_exit_1_and_leaves_nothing()
    {
        using var disk = Tmpfs.Mount(sizeInKilobytes: 48);
        var guide = Path.Combine(disk.Path, "guide");

        var (exitCode, output, error) = ToolProcess.Run("new", guide);

        AssertOneLineFailure(exitCode, output, error, "No space left on device");
        Assert.Empty(Directory.EnumerateFileSystemEntries(disk.Path));
    }

    [TmpfsFact]
    public void Theme_export_with_force_on_a_full_disk_leaves_every_old_file_whole()
    {
        using var disk = Tmpfs.Mount(sizeInKilobytes: 64);
        var theme = Path.Combine(disk.Path, "theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "page.html"), "mine");
        // Fill the disk but for a few blocks: the first files fit, a later one does not.
        Fill(disk.Path, leaveKilobytes: 8);

        var (exitCode, output, error) = ToolProcess.Run("theme", "export", theme, "--force");

        AssertOneLineFailure(exitCode, output, error, "No space left on device");
        Assert.Equal(["page.html"], Directory.EnumerateFileSystemEntries(theme).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(theme, "page.html")));
    }

    [TmpfsFact]
    public void New_into_an_immutable_folder_is_one_line_exit_1_and_leaves_nothing()
    {
        using var disk = Tmpfs.Mount(sizeInKilobytes: 2048);
        var guide = Path.Combine(disk.Path, "guide");
        Directory.CreateDirectory(guide);
        Attributes("+i", guide);
        try
        {
            var (exitCode, output, error) = ToolProcess.Run("new", guide);

            AssertOneLineFailure(exitCode, output, error, "permission denied");
            Assert.Empty(Directory.EnumerateFileSystemEntries(guide));
        }
        finally
        {
            Attributes("-i", guide);
        }
    }

    [TmpfsFact]
    public void New_under_an_immutable_parent_and_theme_export_into_an_immutable_folder_are_one_line_exit_1()
    {
        using var disk = Tmpfs.Mount(sizeInKilobytes: 2048);
        var parent = Path.Combine(disk.Path, "parent");
        var theme = Path.Combine(disk.Path, "theme");
        Directory.CreateDirectory(parent);
        Directory.CreateDirectory(theme);
        Attributes("+i", parent, theme);
        try
        {
            var created = ToolProcess.Run("new", Path.Combine(parent, "guide"));
            AssertOneLineFailure(created.ExitCode, created.Output, created.Error, "permission denied");
            Assert.Empty(Directory.EnumerateFileSystemEntries(parent));

            var exported = ToolProcess.Run("theme", "export", theme);
            AssertOneLineFailure(exported.ExitCode, exported.Output, exported.Error, "permission denied");
            Assert.Empty(Directory.EnumerateFileSystemEntries(theme));
        }
        finally
        {
            Attributes("-i", parent, theme);
        }
    }

    [TmpfsTheory]
    [InlineData("a folder --force replaces", "out", "out/mounted")]
    [InlineData("SpoilerGen's own output", "out", "out/mounted")]
    [InlineData("SpoilerGen's own output", "out", ".out.spoilergen-spare/mounted")]
    [InlineData("a folder --force replaces", "out", ".out.spoilergen-cache")]
    // The mount table writes a space as \040: the name is put back together as bytes, the emoji's two UTF-16 units whole.
    [InlineData("a folder --force replaces", "out\U0001F600 x", "out\U0001F600 x/mounted")]
    public void No_build_deletes_across_a_file_system_mounted_inside_the_output_or_beside_it(string whose, string outputName, string mountPoint)
    {
        using var site = new HostileSite();
        var output = Path.Combine(site.Parent, outputName);
        Directory.CreateDirectory(output);
        if (whose == "SpoilerGen's own output")
        {
            Assert.Equal(0, ToolProcess.Run("build", site.Root, "-o", output).ExitCode);
            Assert.Equal(0, ToolProcess.Run("build", site.Root, "-o", output, "--force").ExitCode);
        }
        else
        {
            File.WriteAllText(Path.Combine(output, "old.txt"), "someone's");
        }
        var mounted = Path.Combine(site.Parent, mountPoint);
        using var disk = Tmpfs.MountAt(mounted, sizeInKilobytes: 64);
        File.WriteAllText(Path.Combine(mounted, "keep.txt"), "on another file system");
        var outputBefore = FolderSnapshot.Of(output);

        var (exitCode, _, error) = ToolProcess.Run("build", site.Root, "-o", output, "--force");

        Assert.Equal(2, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains($"error SG0501: a file system is mounted at {mounted}", error);
        Assert.Equal("on another file system", File.ReadAllText(Path.Combine(mounted, "keep.txt")));
        Assert.Equal("", outputBefore.DifferencesFrom(FolderSnapshot.Of(output)));
    }

    /// <summary>
    /// The output's check runs as a build starts: a file system mounted inside the previous output while the build ran was
    /// emptied with it when the swap removed that output. Each removal reads the mount table again.
    /// </summary>
    [TmpfsFact]
    public void A_folder_a_build_removes_is_left_whole_when_a_file_system_was_mounted_in_it_meanwhile()
    {
        using var site = new HostileSite();
        var retired = Path.Combine(site.Parent, ".out.spoilergen-old-test");
        var mounted = Path.Combine(retired, "deep", "mounted");
        using var disk = Tmpfs.MountAt(mounted, sizeInKilobytes: 64);
        File.WriteAllText(Path.Combine(mounted, "keep.txt"), "on another file system");

        var refusal = Assert.Throws<IOException>(() => SpoilerGen.Write.FolderRemoval.Delete(retired));

        Assert.Contains($"a file system is mounted at {mounted}", refusal.Message);
        Assert.Equal("on another file system", File.ReadAllText(Path.Combine(mounted, "keep.txt")));
    }

    /// <summary>A bind mount inside the folder is a link by another name: theme export wrote the partials into the mounted folder.</summary>
    [TmpfsFact]
    public void Theme_export_writes_nothing_onto_a_file_system_mounted_inside_its_folder()
    {
        using var site = new HostileSite();
        var theme = Path.Combine(site.Parent, "theme");
        var partials = Path.Combine(theme, "partials");
        using var disk = Tmpfs.MountAt(partials, sizeInKilobytes: 256);
        File.WriteAllText(Path.Combine(partials, "head.html"), "mine");

        var (exitCode, output, error) = ToolProcess.Run("theme", "export", theme, "--force");

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
        Assert.Matches($"^spoilergen: error: [^\n]*a file system is mounted at {System.Text.RegularExpressions.Regex.Escape(partials)}[^\n]*\n$", error);
        Assert.Equal(["head.html"], Directory.EnumerateFileSystemEntries(partials).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(partials, "head.html")));
    }

    private static void AssertOneLineFailure(int exitCode, string output, string error, string reason)
    {
        Assert.True(exitCode == 1, $"exit {exitCode}: {error}");
        Assert.Equal("", output);
        Assert.Matches("^spoilergen: error: [^\n]+\n$", error.Replace("\r", ""));
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".spoilergen-new", error);
    }

    private static void Fill(string folder, int leaveKilobytes)
    {
        var drive = new DriveInfo(folder);
        var size = Math.Max(0, drive.AvailableFreeSpace - leaveKilobytes * 1024L);
        File.WriteAllBytes(Path.Combine(folder, "filler"), new byte[size]);
    }

    private static void Link(string existing, string link) => Run("ln", existing, link);

    private static void Attributes(string change, params string[] paths) => Run("chattr", [change, .. paths]);

    private static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error}");
    }
}
