using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// serve keeps its listing of <c>content/</c> from one save to the next when the watcher names only files of it. A
/// file the watcher names that is now a symlink out of the site, a hard link with a name outside it, or a new file is
/// checked as the jail checks a full listing: the rebuild reports exactly what a cold build reports, and publishes
/// nothing it read through the link.
/// </summary>
public sealed class WatchedListingTests
{
    [Theory]
    [InlineData("symlink", "SG0901")]
    [InlineData("hardlink", "SG0131")]
    [InlineData("new", null)]
    public void A_named_file_made_a_link_out_of_the_site_or_new_is_checked_as_a_full_listing_checks_it(string change, string? code)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");
        FolderCopy.Of(RepositoryPaths.ExampleSite, site);
        var secret = folder.Combine("secret.md");
        File.WriteAllText(secret, "---\ntitle: Secret\n---\nOutsideSecretMarker.\n");
        var options = new BuildOptions(site);
        var served = SiteBuilder.Render(options);
        var page = Path.Combine("content", "characters", "nam-ra.md");
        // A save first, so that the listing kept is the one a watched rebuild made.
        File.AppendAllText(Path.Combine(site, page), "\nFirstSave.\n");
        served = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { page });
        Assert.True(served.Succeeded);

        var named = page;
        switch (change)
        {
            case "symlink":
                File.Delete(Path.Combine(site, page));
                File.CreateSymbolicLink(Path.Combine(site, page), secret);
                break;
            case "hardlink":
                File.Delete(Path.Combine(site, page));
                using (var link = Process.Start(new ProcessStartInfo("ln", [secret, Path.Combine(site, page)]))!)
                {
                    link.WaitForExit();
                    Assert.Equal(0, link.ExitCode);
                }
                break;
            default:
                named = Path.Combine("content", "characters", "newcomer.md");
                File.WriteAllText(Path.Combine(site, named), "---\ntitle: Newcomer\n---\nNewcomerMarker.\n");
                break;
        }
        var watched = SiteBuilder.Render(options, served, changedPaths: new HashSet<string> { named });
        var cold = SiteBuilder.Render(options);

        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), watched.Diagnostics.Select(d => d.ToString()));
        if (code is not null)
        {
            Assert.Contains(watched.Diagnostics, d => d.Code == code && d.IsError);
            Assert.False(watched.Succeeded);
            return;
        }
        Assert.True(watched.Succeeded);
        Assert.Equal(cold.Files!.Select(file => file.RelativePath), watched.Files!.Select(file => file.RelativePath));
        Assert.Contains(watched.Files!, file => System.Text.Encoding.UTF8.GetString(OutputFileBytes.Of(file)).Contains("NewcomerMarker", StringComparison.Ordinal));
    }
}
