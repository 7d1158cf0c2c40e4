using SpoilerGen.Diagnostics;

namespace SpoilerGen.Build;

/// <summary>What a build did, or why it did not: every diagnostic, and the counts the CLI reports.</summary>
/// <param name="HadPreviousOutput">Whether an earlier output was there: a failed build leaves it as it was.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    int TreeCount,
    int FileCount,
    TimeSpan Elapsed,
    string OutputFolder,
    bool HadPreviousOutput = false)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The output folder may not be written at all: a usage error rather than a content error.</summary>
    public bool OutputRefused => Diagnostics.Any(d => d.Code == DiagnosticCodes.OutputFolderRefused);
}
