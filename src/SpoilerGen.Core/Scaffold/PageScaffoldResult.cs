using SpoilerGen.Diagnostics;

namespace SpoilerGen.Scaffold;

/// <summary>
/// What <see cref="PageScaffold"/> did: the page it wrote, or the one line saying why not, or the config's
/// diagnostics when the guide's config could not be read.
/// </summary>
public sealed record PageScaffoldResult(string? WrittenFile, string? Problem, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static PageScaffoldResult Refused(string problem) => new(null, problem, []);
}
