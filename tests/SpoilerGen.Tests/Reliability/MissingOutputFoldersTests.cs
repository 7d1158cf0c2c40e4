using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// <c>-o</c> may name a folder under several that do not exist yet; the build makes them. When making them fails partway
/// (the third level's name too long, the disk full after two), the build made the first levels and left them behind
/// although it said nothing was written. Now what it made is removed and the failure is one line.
/// </summary>
public sealed class MissingOutputFoldersTests
{
    [Fact]
    public void A_third_level_that_cannot_be_made_leaves_none_of_the_first_two()
    {
        using var site = new HostileSite();
        var tooLong = new string('n', 300);
        var output = Path.Combine(site.Parent, "made1", "made2", tooLong, "out");

        var result = SiteBuilder.Build(new BuildOptions(site.Root, output));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0590", error.Code);
        Assert.Contains("could not prepare the output folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("too long", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.Parent, "made1")), "the folders the build made before the failure are left");
    }

    [TmpfsFact]
    public void A_disk_that_fills_after_two_levels_leaves_none_of_them_and_says_so_in_one_line()
    {
        using var site = new HostileSite();
        using var disk = Tmpfs.Mount(sizeInKilobytes: 1024, inodes: 64);
        LeaveInodes(disk.Path, 2);
        var output = Path.Combine(disk.Path, "made1", "made2", "made3", "out");

        var (exitCode, standardOutput, error) = ToolProcess.Run("build", site.Root, "-o", output);

        Assert.True(exitCode == 1, $"exit {exitCode}: {error}");
        Assert.Equal("", standardOutput);
        var lines = error.Replace("\r", "").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\S.*\(1,1\): error SG0590: could not prepare the output folder: .*No space left on device", lines[0]);
        Assert.Equal("Build failed: 1 error; nothing was written.", lines[1]);
        Assert.False(Directory.Exists(Path.Combine(disk.Path, "made1")), "the folders the build made before the failure are left");
    }

    [TmpfsFact]
    public void A_read_only_parent_is_one_line_and_nothing_is_made()
    {
        using var site = new HostileSite();
        using var disk = Tmpfs.Mount(sizeInKilobytes: 1024);
        var parent = Path.Combine(disk.Path, "parent");
        Directory.CreateDirectory(parent);
        Run("chattr", "+i", parent);
        try
        {
            var (exitCode, standardOutput, error) = ToolProcess.Run("build", site.Root, "-o", Path.Combine(parent, "made1", "made2", "out"));

            Assert.True(exitCode == 1, $"exit {exitCode}: {error}");
            Assert.Equal("", standardOutput);
            var lines = error.Replace("\r", "").TrimEnd('\n').Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.Matches(@"error SG0590: could not prepare the output folder: .*denied", lines[0]);
            Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
        }
        finally
        {
            Run("chattr", "-i", parent);
        }
    }

    /// <summary>Fills the file system's inodes with empty files, then frees <paramref name="count"/> of them.</summary>
    private static void LeaveInodes(string folder, int count)
    {
        var filler = Path.Combine(folder, "filler");
        Directory.CreateDirectory(filler);
        var made = new List<string>();
        try
        {
            while (true)
            {
                var path = Path.Combine(filler, made.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllBytes(path, []);
                made.Add(path);
            }
        }
        catch (IOException)
        {
            // The inodes are all taken.
        }
        foreach (var path in made.TakeLast(count)) File.Delete(path);
    }

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
