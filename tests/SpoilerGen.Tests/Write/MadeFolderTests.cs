using SpoilerGen.Build;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Write;

/// <summary>
/// The folders above <c>-o</c> that a build makes are its own: a build that fails leaves none of them behind
/// (it printed "nothing was written" and left `new/deeper/`, attack 10, #02), one that succeeds keeps them.
/// </summary>
public sealed class MadeFolderTests
{
    [Fact]
    public void A_failed_build_removes_the_folders_it_made_above_the_output()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home\nspoiler: s01e99", "Welcome.");
        var output = Path.Combine(site.Output, "new", "deeper", "out");

        var result = SiteBuilder.Build(new BuildOptions(site.Root, output));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.ToString().Contains("SG0103", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "new")), "the failed build left the folders it made");
    }

    [Fact]
    public void A_failed_build_keeps_a_made_folder_that_someone_else_wrote_into_and_every_folder_it_did_not_make()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home\nspoiler: s01e99", "Welcome.");
        Directory.CreateDirectory(Path.Combine(site.Output, "kept"));
        var output = Path.Combine(site.Output, "kept", "new", "out");

        Assert.False(SiteBuilder.Build(new BuildOptions(site.Root, output)).Succeeded);

        Assert.True(Directory.Exists(Path.Combine(site.Output, "kept")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "kept", "new")));
    }

    [Fact]
    public void A_build_that_succeeds_keeps_the_folders_it_made()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Welcome.");
        var output = Path.Combine(site.Output, "new", "deeper", "out");

        Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, output)).Succeeded);

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }
}
