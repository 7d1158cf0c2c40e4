using System.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Folders nested hundreds deep (attack 10, #05): listing them resolved every path from the root, N² steps (800 levels
/// took 150 s and did not hear SIGTERM for a minute), and each level's section repeats its breadcrumbs into every page
/// (400 levels wrote 195 MB). Past 64 levels a folder is refused at its path, at once.
/// </summary>
public sealed class FolderDepthTests
{
    [Fact]
    public void A_folder_past_64_levels_is_refused_at_its_path_at_once()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Welcome.");
        var folder = Path.Combine(site.Root, "content");
        for (var level = 1; level <= 400; level++) folder = Path.Combine(folder, "d");
        site.WritePage(Path.GetRelativePath(Path.Combine(site.Root, "content"), Path.Combine(folder, "x.md")), "title: Deep", "Text.");

        var clock = Stopwatch.StartNew();
        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal("SG0143", error.Code);
        Assert.EndsWith(string.Join('/', Enumerable.Repeat("d", 65)), error.Position.Path.Replace('\\', '/'));
        Assert.Contains("65 folders deep; folders nest at most 64 deep", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Sixty_four_levels_build()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Welcome.");
        var relative = string.Join('/', Enumerable.Repeat("d", 64));
        site.WritePage(relative + "/x.md", "title: Deep", "Text.");

        Assert.True(site.Build().Succeeded);
        Assert.True(site.Exists("start/" + relative + "/x/index.html"));
    }
}
