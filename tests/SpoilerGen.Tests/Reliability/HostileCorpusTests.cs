using SpoilerGen.Build;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Builds every case of <see cref="HostileCorpus"/> and checks what a user would see: the exit code,
/// each expected diagnostic at its file, line and column, no stack trace, a previous output left
/// byte-identical by a failed build, nothing outside the output folder changed and no secret from
/// outside the site published.
/// </summary>
public sealed class HostileCorpusTests(PreviousOutputFixture previousOutput) : IClassFixture<PreviousOutputFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> CaseNames() => [.. HostileCorpus.Cases.Select(c => c.Name)];

    [Fact]
    public void The_corpus_has_at_least_80_cases_with_unique_names()
    {
        Assert.True(HostileCorpus.Cases.Count >= 80, $"{HostileCorpus.Cases.Count} cases");
        Assert.Equal(HostileCorpus.Cases.Count, HostileCorpus.Cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_hostile_site_ends_in_diagnostics_never_in_harm(string name)
    {
        var hostile = HostileCorpus.Cases.Single(c => c.Name == name);
        using var site = new HostileSite();
        previousOutput.CopyTo(site.Output);
        hostile.Arrange(site);
        var before = Snapshot(site);

        var outcome = hostile.ThroughCli || hostile.Arguments is not null ? RunCli(site, hostile) : RunInProcess(site);
        var report = outcome.Describe();

        Assert.True(hostile.ExitCode == outcome.ExitCode, $"expected exit {hostile.ExitCode}\n{report}");
        Assert.DoesNotContain("   at ", outcome.Error + outcome.Output);
        Assert.DoesNotContain("Exception", outcome.Error + outcome.Output);
        foreach (var expected in hostile.Diagnostics)
        {
            Assert.True(outcome.Diagnostics.Any(d => Matches(d, expected)), $"expected {expected}\n{report}");
        }
        var expectedCodes = hostile.Diagnostics.Select(d => d.Code).ToHashSet();
        foreach (var error in outcome.Diagnostics.Where(d => d.IsError))
        {
            Assert.True(expectedCodes.Contains(error.Code), $"unexpected error {error}\n{report}");
        }

        var after = Snapshot(site);
        Assert.Equal("", after.Outside.DifferencesFrom(before.Outside));
        Assert.Equal("", after.Site.DifferencesFrom(before.Site));
        Assert.Equal(before.Beside, after.Beside);
        if (!(hostile.OutputChanges ?? hostile.ExitCode == 0))
        {
            Assert.Equal("", after.Output.DifferencesFrom(before.Output));
        }
        foreach (var file in Directory.Exists(site.Output) ? Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories) : [])
        {
            Assert.DoesNotContain(HostileSite.SecretMarker, File.ReadAllText(file));
        }
        hostile.Verify?.Invoke(site, outcome);
    }

    private static CaseOutcome RunCli(HostileSite site, HostileCase hostile) =>
        SpoilerGenProcess.Run(site.WorkingDirectory, hostile.Arguments?.Invoke(site) ?? ["build", "site", "-o", "out"], Timeout);

    private static CaseOutcome RunInProcess(HostileSite site)
    {
        var build = Task.Run(() => SiteBuilder.Build(new BuildOptions(site.Root, site.Output)));
        Assert.True(build.Wait(Timeout), $"the build did not finish in {Timeout.TotalSeconds:0} s");
        var result = build.Result;
        return new CaseOutcome(result.Succeeded ? 0 : 1, "", string.Join("\n", result.Diagnostics), result.Diagnostics);
    }

    private static bool Matches(Diagnostic diagnostic, ExpectedDiagnostic expected) =>
        diagnostic.Code == expected.Code
        && diagnostic.Position.Path.Replace('\\', '/').EndsWith(expected.PathEnding, StringComparison.Ordinal)
        && (expected.Line is null || diagnostic.Position.Line == expected.Line)
        && (expected.Column is null || diagnostic.Position.Column == expected.Column);

    private static (FolderSnapshot Site, FolderSnapshot Outside, FolderSnapshot Output, string Beside) Snapshot(HostileSite site) => (
        FolderSnapshot.Of(site.Root),
        FolderSnapshot.Of(site.Outside),
        FolderSnapshot.Of(site.Output),
        string.Join(", ", Support.FolderSnapshot.NamesBesideOutput(site.Parent)));
}
