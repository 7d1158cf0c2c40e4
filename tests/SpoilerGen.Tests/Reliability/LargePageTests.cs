using System.Text;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Memory for one large page stays proportional to its size: no stage splits a whole page into
/// words or copies it more than a few times (a 50 MB page measured 0.76 GB at peak; README, Limits).
/// The same holds for a page that is one long paragraph. Measured: this page needs between 384 and 448 MB of heap (it builds with a 448 MB limit and fails at 384 MB, 2026-12-08; 320–384 MB when first measured); before excerpts and search terms were
/// taken without copying the whole page, it needed more than 512 MB.
/// </summary>
public sealed class LargePageTests
{
    [Fact]
    public void A_25_MB_page_in_two_trees_builds_whole_within_a_640_MB_heap()
    {
        var words = "the school zombie class rooftop students escape virus teacher lab phone camera friend gym library music".Split(' ');
        var random = new Random(7);
        var body = new StringBuilder(25_100_000);
        while (body.Length < 25_000_000)
        {
            for (var i = 0; i < 120; i++) body.Append(words[random.Next(words.Length)]).Append(' ');
            body.Append("\n\n");
        }
        body.Append("THE-LAST-PARAGRAPH\n");
        using var site = new TestSite(episodeCount: 1).WritePage("big.md", "title: Big", body.ToString());

        var outcome = SpoilerGenProcess.Run(RepositoryPaths.Root, ["build", site.Root, "-o", site.Output], TimeSpan.FromSeconds(120),
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x28000000" });

        Assert.True(outcome.ExitCode == 0, outcome.Describe());
        Assert.Contains("<p>THE-LAST-PARAGRAPH</p>", site.Read("start/big/index.html"));
    }

    [Fact]
    public void A_page_that_is_one_paragraph_of_4_MB_builds_within_a_256_MB_heap_as_short_paragraphs_do()
    {
        // Two million words on one line: the author's lints kept every word of a paragraph they had matched
        // (a MatchCollection, about 200 bytes a word), so this ended in "internal error: ... OutOfMemoryException".
        var body = new StringBuilder(4_100_000);
        for (var i = 0; i < 1_000_000; i++) body.Append("a b ");
        body.Append("THE-END\n");
        using var site = new TestSite(episodeCount: 3).WritePage("big.md", "title: Big", body.ToString());

        var outcome = SpoilerGenProcess.Run(RepositoryPaths.Root, ["build", site.Root, "-o", site.Output], TimeSpan.FromSeconds(120),
            new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" });

        Assert.True(outcome.ExitCode == 0, outcome.Describe());
        Assert.Contains("a b THE-END</p>", site.Read("start/big/index.html"));
    }
}
