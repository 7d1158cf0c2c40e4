namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// One broken or hostile input: how it breaks the base site (<see cref="Arrange"/>), the exit code a
/// build must end with, and the diagnostics it must report (every error reported must have one of their
/// codes). <see cref="HostileCorpusTests"/> checks, for every case, that nothing is thrown or printed as a
/// stack trace, that a failed build leaves the previous output byte-identical, and that nothing outside
/// the output folder changes or is published.
/// </summary>
/// <remarks>
/// To add a case, append one entry to <see cref="HostileCorpus"/>. Set <see cref="ThroughCli"/> to run
/// the real <c>spoilergen</c> process rather than <c>SiteBuilder</c> in-process; <see cref="Arguments"/>
/// replaces the CLI's arguments (for output-folder cases: <c>-o</c>, <c>--force</c>, ...), and
/// <see cref="Verify"/> adds checks of its own. <see cref="OutputChanges"/> (default: when the exit code is
/// 0) says whether the output folder may differ from the previous build's afterwards.
/// </remarks>
public sealed record HostileCase(string Name, Action<HostileSite> Arrange, int ExitCode, params ExpectedDiagnostic[] Diagnostics)
{
    public bool ThroughCli { get; init; }

    /// <summary>The CLI's arguments; null means <c>build site -o out</c>. Implies <see cref="ThroughCli"/>.</summary>
    public Func<HostileSite, IEnumerable<string>>? Arguments { get; init; }

    public Action<HostileSite, CaseOutcome>? Verify { get; init; }

    public bool? OutputChanges { get; init; }

    public override string ToString() => Name;
}
