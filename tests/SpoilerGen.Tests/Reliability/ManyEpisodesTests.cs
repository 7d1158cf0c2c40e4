using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A long-running series: the cost of a check grows with trees × pages, not faster. Every tree once looked up
/// every checkpoint's tree and made every checkpoint's chooser entry for each page, so a one-page guide of
/// 2,000 episodes took 23 s to check and one of 5,000 over 300 s.
/// </summary>
[Collection(TimedWorkCollection.Name)]
public sealed class ManyEpisodesTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    /// <remarks>
    /// The ratio is of the least processor time of three checks of each size, alone in the process: the ratio of two
    /// single wall times beside the rest of the suite came out at 3.5 for work that is linear.
    /// </remarks>
    [Fact]
    public void A_one_page_guide_of_2000_episodes_checks_within_seconds_and_four_times_the_episodes_cost_about_four_times_the_time()
    {
        using var small = Guide(500);
        using var large = Guide(2_000);
        // Checked once first, so that no timed check pays for the JIT.
        Check(small, 500);

        var fiveHundred = WorkCost.Least(() => Check(small, 500), runs: 3, Bound, "500 episodes");
        var twoThousand = WorkCost.Least(() => Check(large, 2_000), runs: 3, Bound, "2,000 episodes");

        // Linear is 4; the quadratic lookups this replaces made it 16, and cubic 64.
        Assert.True(twoThousand < fiveHundred * 8, $"500 episodes took {fiveHundred.TotalSeconds:0.00} s of processor time, 2,000 took {twoThousand.TotalSeconds:0.00} s");
    }

    private static TestSite Guide(int episodes) => new TestSite(episodeCount: episodes).WritePage("_index.md", "title: Home", "Welcome.");

    private static void Check(TestSite site, int episodes)
    {
        var result = SiteChecker.Check(new BuildOptions(site.Root));
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.IsError);
        Assert.Equal(episodes + 1, result.TreeCount);
    }
}
