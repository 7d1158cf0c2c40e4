using System.Diagnostics;
using System.Text;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// SIGTERM and Ctrl+C stop a build within about a second whatever stage it is in. Before, loading
/// (YAML, the Markdown of every page, the model) never looked at the signal: a build told to stop
/// while loading a large guide went on until it had loaded all of it.
/// </summary>
[Collection(TimedSignalCollection.Name)]
public sealed class CancellationTests
{
    /// <summary>
    /// About a second on an idle machine (0.4 to 0.9 s measured), with room for a busy one; loading these pages
    /// alone takes longer, so a build that did not look at the signal while loading cannot pass.
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("TERM", "loading the site from", 143)]
    [InlineData("INT", "loading the site from", 130)]
    [InlineData("TERM", "loaded ", 143)]
    public void A_signal_stops_a_large_build_within_a_second(string signal, string stage, int expectedExit)
    {
        using var site = LargeGuide();
        AssertSignalStops(site, stage, TimeSpan.FromMilliseconds(300), "Build cancelled", signal, expectedExit);
    }

    /// <summary>
    /// A template's loop looks at the signal too: within the limits one page's loop can run for many seconds (10.4 s
    /// from SIGTERM to exit before, on a busy machine), and the signal was looked at only between pages.
    /// </summary>
    [Fact]
    public void A_signal_stops_a_long_template_loop_within_seconds()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("a.md", "title: A", "A.").WritePage("b.md", "title: B", "B.")
            .WriteFile("templates/page.html", "{{ for i in 1..9999990 }}{{ x = i + i * 2 }}{{ end }}<p>done</p>");
        AssertSignalStops(site, "loaded ", TimeSpan.FromMilliseconds(500), "Build cancelled", bound: TimeSpan.FromSeconds(3));
    }

    /// <summary>
    /// One paragraph of 200,000 phrases (5 MB on one line): parsing looks at the signal at every bracket, but the checks
    /// after it (other tools' spoiler syntax, lookalikes at each episode a phrase names) read the whole line before they
    /// looked, seconds each on a busy machine. The signal comes while the site loads, the build's longest stage here.
    /// </summary>
    [Theory]
    [InlineData(1000)]
    [InlineData(2500)]
    public void A_signal_stops_the_checks_of_one_paragraph_of_200000_phrases_within_a_second(int millisecondsIntoLoading)
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 200_000).Select(i => $"[word {i}]{{spoiler=s01e{i % 12 + 1:00}}}"));
        using var site = new TestSite(episodeCount: 12).WritePage("long.md", "title: Long", paragraph + "\n");
        AssertSignalStops(site, "loading the site from", TimeSpan.FromMilliseconds(millisecondsIntoLoading), "Build cancelled");
    }

    /// <summary>
    /// 1,000 episodes: writing 1,001 trees (each with its search index, feed and sitemap) takes seconds, and a signal
    /// during it took 7 to 9.6 s to stop the build before. Twenty pages more make the writing last seconds on an idle
    /// machine too, so that the signal, sent a moment after the writing starts, always comes while it runs.
    /// </summary>
    [Fact]
    public void A_signal_stops_the_writing_of_a_thousand_trees_within_a_second()
    {
        using var site = new TestSite(episodeCount: 1000).WritePage("_index.md", "title: Home", "Welcome.\n\n::: spoiler s01e500\nHalfway.\n:::\n");
        for (var page = 0; page < 20; page++) site.WritePage($"p{page}.md", $"title: Page {page}", $"Text of page {page}.\n");
        AssertSignalStops(site, "writing the new output", TimeSpan.FromMilliseconds(200), "Build cancelled");
    }

    /// <summary>
    /// One page of 20,000 tags: every tag's page lists the 20,000, seconds of template work each, and the signal was looked
    /// at only between two tag pages (34 s from SIGTERM to exit before).
    /// </summary>
    [Fact]
    public void A_signal_stops_the_tag_pages_of_a_page_with_20000_tags_within_seconds()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"t{i}"));
        using var site = new TestSite(episodeCount: 6).WritePage("b.md", $"title: B\ntags: [{tags}]", "x\n");
        AssertSignalStops(site, "loaded ", TimeSpan.FromSeconds(2), "Build cancelled");
    }

    /// <summary>
    /// One line of backtick runs, each one longer than the last: Markdig read from every run to the end of
    /// the line for a closing run of its length, which none has, 18 s of parsing on a busy machine without a look at the
    /// signal (43 s from SIGTERM to exit). The runs are now indexed once and each run looks at the signal.
    /// </summary>
    [Fact]
    public void A_signal_stops_the_parse_of_a_line_of_backtick_runs_of_growing_length_within_a_second()
    {
        // 4,500 runs (10 MB): indexed, the parse takes about a second on an idle machine, and the signal comes 100 ms into it;
        // with 3,000 runs and 500 ms the whole build could end first on a quiet machine (it exited 0 once).
        var line = string.Concat(Enumerable.Range(1, 4_500).Select(length => "a" + new string('`', length)));
        using var site = new TestSite(episodeCount: 6).WritePage("b.md", "title: B", line + "\n");
        AssertSignalStops(site, "loading the site from", TimeSpan.FromMilliseconds(100), "Build cancelled");
    }

    /// <summary>
    /// Builds <paramref name="site"/> with <c>--verbose</c>, waits for the line that names <paramref name="stage"/>, lets the
    /// build go on for <paramref name="delay"/>, signals it, and asserts that it stopped within the bound, with the exit code
    /// of the signal and <paramref name="expectedMessage"/>, leaving no output and nothing beside it.
    /// </summary>
    private static void AssertSignalStops(TestSite site, string stage, TimeSpan delay, string expectedMessage,
        string signal = "TERM", int expectedExit = 143, TimeSpan? bound = null)
    {
        using var build = ToolProcess.Start(["build", site.Root, "-o", site.Output, "--verbose"]);
        Assert.True(build.WaitForErrorLine(stage, TimeSpan.FromMinutes(5)), $"the build never reported '{stage}'");
        Thread.Sleep(delay);

        var stopwatch = Stopwatch.StartNew();
        build.Signal(signal);
        var (exitCode, _, error) = build.WaitForExit();
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < (bound ?? Bound), $"stopped {stopwatch.Elapsed.TotalSeconds:0.0} s after SIG{signal}\n{error}");
        Assert.Equal(expectedExit, exitCode);
        Assert.Contains(expectedMessage, error);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(["site"], Support.FolderSnapshot.NamesIn(Path.GetDirectoryName(site.Output)!));
    }

    /// <summary>Forty pages of a megabyte each, spoiler markup in every paragraph: seconds to load, more to render.</summary>
    private static TestSite LargeGuide()
    {
        var site = new TestSite(episodeCount: 12);
        for (var page = 0; page < 40; page++)
        {
            var body = new StringBuilder(1_100_000);
            for (var paragraph = 0; body.Length < 1_000_000; paragraph++)
            {
                body.Append($"Paragraph {paragraph} of page {page} says what everyone may read, and [episode {paragraph % 12 + 1} reveals more]{{spoiler=s01e{paragraph % 12 + 1:00}}}.\n\n");
            }
            site.WritePage($"large/page-{page:00}.md", $"title: Page {page}", body.ToString());
        }
        return site;
    }
}
