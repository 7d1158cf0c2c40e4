using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A long-running series: the cost of a check grows with trees × pages, not faster. Every tree once looked up
/// every checkpoint's tree and made every checkpoint's chooser entry for each page, so a one-page guide of
/// 2,000 episodes took 23 s to check and one of 5,000 over 300 s.
/// </summary>
public sealed class ManyEpisodesTests
{
    [Fact]
    public void A_one_page_guide_of_2000_episodes_checks_within_seconds_and_twice_the_episodes_cost_about_twice_the_time()
    {
        // Warmed up first, so the first timed run does not pay for the JIT.
        Time(100);
        var thousand = Time(1_000);
        var twoThousand = Time(2_000);

        Assert.True(twoThousand < TimeSpan.FromSeconds(15), $"2,000 episodes took {twoThousand.TotalSeconds:0.0} s");
        // Linear is 2; the quadratic lookups this replaces made it 4, and cubic 8.
        Assert.True(twoThousand < thousand * 3.2, $"1,000 episodes took {thousand.TotalSeconds:0.00} s, 2,000 took {twoThousand.TotalSeconds:0.00} s");
    }

    private static TimeSpan Time(int episodes)
    {
        using var site = new TestSite(episodeCount: episodes).WritePage("_index.md", "title: Home", "Welcome.");
        var stopwatch = Stopwatch.StartNew();
        var result = SiteChecker.Check(new BuildOptions(site.Root));
        stopwatch.Stop();
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal(episodes + 1, result.TreeCount);
        return stopwatch.Elapsed;
    }
}
