using System.Diagnostics;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A file of the site hard-linked to a file outside it has no path that leads out, so the jail's path checks let it
/// through: before, <c>ln /etc/passwd static/p.txt</c> published the outside file, and a page edited through its other
/// name changed the site unseen. Now a file with more names than the site folder holds is an error at the file (SG0131),
/// as a symlink out of the site is; two names inside the site are fine.
/// </summary>
public sealed class HardLinkTests
{
    [Theory]
    [InlineData("static/p.txt", "passwd")]
    [InlineData("content/secret.md", "secret.md")]
    [InlineData("templates/page.html", "page.html")]
    public void A_file_hard_linked_to_a_file_outside_the_site_is_an_error_at_the_file(string inside, string outside)
    {
        using var site = new HostileSite();
        HardLink(Path.Combine(site.Outside, outside), site.PathOf(inside));

        var (exitCode, output, error) = ToolProcess.RunIn(site.WorkingDirectory, "build", "site", "-o", "out");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n'), line => line.Contains("SG0131", StringComparison.Ordinal));
        Assert.StartsWith($"site/{inside}(1,1): error SG0131: this file is a hard link", line);
        Assert.Contains("2 names, 1 of them outside the site folder", line);
        Assert.DoesNotContain(HostileSite.SecretMarker, output + error);
        Assert.False(Directory.Exists(site.Output) && Directory.EnumerateFileSystemEntries(site.Output).Any());
    }

    [Fact]
    public void Two_names_of_one_file_inside_the_site_build()
    {
        using var site = new HostileSite();
        site.WriteFile("static/a.txt", "shared bytes");
        HardLink(site.PathOf("static/a.txt"), site.PathOf("static/b.txt"));
        HardLink(site.PathOf("static/a.txt"), site.PathOf("backup/a.txt"));

        var (exitCode, _, error) = ToolProcess.RunIn(site.WorkingDirectory, "build", "site", "-o", "out");

        Assert.True(exitCode == 0, error);
        Assert.Equal("shared bytes", File.ReadAllText(Path.Combine(site.Output, "b.txt")));
    }

    /// <summary>
    /// The copy of a static file comes after the listing that counted its names: a hard link to an outside file renamed into
    /// its place between the two has no path out of the site, so only the open file's names can tell it. An editor's save
    /// (a new file renamed over the old) is still read.
    /// </summary>
    [Fact]
    public void A_file_replaced_by_a_hard_link_to_an_outside_file_after_the_listing_is_never_read()
    {
        using var site = new HostileSite();
        var diagnostics = new DiagnosticBag();
        var file = Assert.Single(new SiteFolder(site.Root).Files("static", diagnostics));
        var staged = site.PathOf("staged.tmp");
        File.WriteAllText(staged, "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>saved</title></svg>");
        File.Move(staged, file.FullPath, overwrite: true);
        Assert.Contains("saved", System.Text.Encoding.UTF8.GetString(SiteFileHandle.ReadAllBytes(file, diagnostics)!), StringComparison.Ordinal);

        HardLink(site.OutsideSecret, staged);
        File.Move(staged, file.FullPath, overwrite: true);

        Assert.Null(SiteFileHandle.ReadAllBytes(file, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.SourceChangedWhileReading, error.Code);
        Assert.Contains("hard link", error.Message, StringComparison.Ordinal);
    }

    private static void HardLink(string existing, string link)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        if (File.Exists(link)) File.Delete(link);
        using var process = Process.Start(new ProcessStartInfo("ln", [existing, link]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
