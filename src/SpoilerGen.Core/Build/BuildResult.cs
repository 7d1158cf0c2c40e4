using SpoilerGen.Diagnostics;

namespace SpoilerGen.Build;

/// <summary>What a build did, or why it did not: every diagnostic, and the counts the CLI reports.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int TreeCount, int FileCount, TimeSpan Elapsed, string OutputFolder)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
