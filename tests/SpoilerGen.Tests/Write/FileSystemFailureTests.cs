using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Write;

/// <summary>
/// The environment failing under a build, for real: a full disk and a read-only file system (each a small
/// tmpfs), and a path too long. Each is one line naming the problem, exit code 1, no stack trace, the
/// previous output exactly as it was and nothing left beside it.
/// </summary>
public sealed class FileSystemFailureTests
{
    [TmpfsFact]
    public void A_full_disk_fails_the_build_in_one_line_and_keeps_the_previous_output()
    {
        using var disk = Tmpfs.Mount(sizeInKilobytes: 400);
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Small.");
        var output = Path.Combine(disk.Path, "out");
        var (firstExit, _, firstError) = ToolProcess.Run("build", site.Root, "-o", output);
        Assert.True(firstExit == 0, firstError);
        var before = FolderSnapshot.Of(output);

        site.WriteFile("static/large.bin", new string('x', 600 * 1024));
        var (exitCode, _, error) = ToolProcess.Run("build", site.Root, "-o", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("error SG0590: could not write", error);
        Assert.Contains("No space left on device", error);
        Assert.DoesNotContain("   at ", error);
        Assert.True(before.SameAs(FolderSnapshot.Of(output)));
        Assert.Equal(["out"], FolderSnapshot.NamesBesideOutput(disk.Path));
    }

    [TmpfsFact]
    public void A_read_only_file_system_fails_the_build_in_one_line_and_keeps_the_previous_output()
    {
        using var disk = Tmpfs.Mount(sizeInKilobytes: 2048);
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Small.");
        var output = Path.Combine(disk.Path, "out");
        Assert.Equal(0, ToolProcess.Run("build", site.Root, "-o", output).ExitCode);
        var before = FolderSnapshot.Of(output);
        disk.MakeReadOnly();

        site.WritePage("_index.md", "title: Home", "Changed.");
        var (exitCode, _, error) = ToolProcess.Run("build", site.Root, "-o", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("Read-only file system", error);
        Assert.DoesNotContain("   at ", error);
        Assert.True(before.SameAs(FolderSnapshot.Of(output)));
    }

    [Fact]
    public void An_output_path_too_long_for_the_file_system_is_one_line()
    {
        using var site = new TestSite(episodeCount: 1).WritePage("_index.md", "title: Home", "Small.");
        var output = Path.Combine(Path.GetDirectoryName(site.Root)!, new string('o', 300));

        var (exitCode, _, error) = ToolProcess.Run("build", site.Root, "-o", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("error SG0590", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(2, error.Trim().Split('\n').Length);
    }
}
