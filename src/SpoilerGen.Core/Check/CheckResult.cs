using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>What <c>check</c> found: everything a build would report, and the lints' warnings, with the counts the CLI prints.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int TreeCount, TimeSpan Elapsed)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
