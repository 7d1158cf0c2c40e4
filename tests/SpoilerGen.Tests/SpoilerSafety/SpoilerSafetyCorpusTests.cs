using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Builds every site of the spoiler-safety corpus (issue 9's families, several variants each) and checks
/// its outcome: a spoiler honoured in every channel (pages, search index, feed, sitemap), or a build
/// refused at the exact line and column, with nothing written.
/// </summary>
public sealed class SpoilerSafetyCorpusTests
{
    public static readonly IReadOnlyList<SafetyCase> Corpus =
    [
        .. NearMissMarkupCases.All,
        .. ForeignMarkupCases.All,
        .. LinkDefinitionCases.All,
        // Written for raw HTML, which a site now allows with 'markup: { raw_html: true }'.
        .. RawHtmlCases.All.Select(c => c.WithRawHtml()),
        .. ContainerCases.All,
        .. AutolinkCases.All,
        .. FrontMatterCases.All,
        .. EmptyElementCases.All,
        .. HeadingIdCases.All,
        .. SmallChannelCases.All,
        .. ModelCases.All,
        .. OtherToolsSyntaxCases.All,
        .. MarkupDefaultCases.All,
        .. FootnoteCases.All,
        .. ShapeCases.All,
        .. CommentCases.All,
        .. CommentCases.All.Take(2).Select(c => c.WithRawHtml() with { Name = c.Name + " (raw html on)" }),
    ];

    public static TheoryData<string> Names => [.. Corpus.Select(c => c.Name)];

    [Fact]
    public void The_corpus_has_well_over_a_hundred_cases_with_unique_names()
    {
        Assert.True(Corpus.Count >= 110, $"{Corpus.Count} cases");
        Assert.Equal(Corpus.Count, Corpus.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Case(string name)
    {
        var safetyCase = Corpus.Single(c => c.Name == name);
        using var site = new TestSite(rawHtml: safetyCase.RawHtml);
        foreach (var (path, text) in safetyCase.Files) site.WriteFile(path, text);
        var result = site.Build();
        var report = string.Join("\n", result.Diagnostics);

        switch (safetyCase.Expected)
        {
            case SafetyOutcome.Fails fails:
                Assert.False(Directory.Exists(site.Output), "a refused build wrote output");
                var path = Path.Combine(site.Root, fails.Path);
                Assert.True(result.Diagnostics.Any(d => d.IsError && d.Code == fails.Code && d.Position.Line == fails.Line && d.Position.Column == fails.Column
                        && Path.GetFullPath(d.Position.Path) == Path.GetFullPath(path)),
                    $"expected {fails.Code} at {fails.Path}({fails.Line},{fails.Column}); got:\n{report}");
                break;
            case SafetyOutcome.Builds builds:
                Assert.False(result.Diagnostics.Any(d => d.IsError), report);
                var earlier = EarlierFiles(site, builds.FirstEpisode).Where(f => f.Text.Contains(builds.Marker, StringComparison.OrdinalIgnoreCase)).Select(f => f.Path).ToList();
                Assert.True(earlier.Count == 0, $"'{builds.Marker}' is in {string.Join(", ", earlier)}");
                if (builds.ShownLater)
                {
                    Assert.Contains(site.FilesUnder(), f => f.Text.Contains(builds.Marker, StringComparison.Ordinal));
                }
                break;
            case SafetyOutcome.BuildsAnd check:
                Assert.False(result.Diagnostics.Any(d => d.IsError), report);
                Assert.True(check.Check(site.Read), check.Description);
                // Every such case hides its "SECRET" until episode 5, or never shows it.
                Assert.DoesNotContain(EarlierFiles(site, 5), file => file.Text.Contains("SECRET", StringComparison.Ordinal));
                break;
        }
    }

    /// <summary>The root's files and every tree for a checkpoint before <paramref name="firstEpisode"/>.</summary>
    private static IEnumerable<(string Path, string Text)> EarlierFiles(TestSite site, int firstEpisode) =>
        site.FilesUnder().Where(file =>
        {
            var top = file.Path.Split('/')[0];
            if (top == "start") return true;
            if (!file.Path.Contains('/')) return true;
            return top.StartsWith("s01e", StringComparison.Ordinal) && int.Parse(top[4..]) < firstEpisode;
        });
}
