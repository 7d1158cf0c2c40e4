using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Collisions are reported the same in every run, whatever order the parallel stages finish in:
/// which page or file "wins" is never left to chance.
/// </summary>
public sealed class OutputPathOrderTests
{
    [Fact]
    public void Colliding_pages_and_files_give_the_same_errors_in_every_run()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("_index.md", "title: Home", "Welcome.")
            .WritePage("#.md", "title: Hash", "x")
            .WritePage("a.md", "title: A", "x")
            .WritePage("b.md", "title: B\nslug: a", "x")
            .WritePage("t.md", "title: T\ntags: ['!!!', ok]", "x")
            .WriteFile("static/index.html", "mine")
            .WriteFile("static/levels.json", "[]")
            .WriteFile("static/s01e02/x.png", "x");

        var runs = Enumerable.Range(0, 8).Select(_ => string.Join("\n", site.Build().Diagnostics)).ToList();

        Assert.All(runs, run => Assert.Equal(runs[0], run));
        Assert.Contains("SG0106", runs[0]);
        Assert.Contains("SG0107", runs[0]);
        Assert.Contains("SG0303", runs[0]);
    }

    [Fact]
    public void Static_files_that_collide_give_the_same_errors_in_every_run()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("_index.md", "title: Home", "Welcome.")
            .WriteFile("static/index.html", "mine")
            .WriteFile("static/levels.json", "[]")
            .WriteFile("static/assets/style.css", "p{}")
            .WriteFile("static/s01e02/x.png", "x");

        var runs = Enumerable.Range(0, 8).Select(_ => string.Join("\n", site.Build().Diagnostics)).ToList();

        Assert.All(runs, run => Assert.Equal(runs[0], run));
        Assert.Equal(4, runs[0].Split('\n').Count(line => line.Contains("SG0304")));
        Assert.False(Directory.Exists(site.Output));
    }
}
