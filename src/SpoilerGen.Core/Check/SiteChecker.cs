using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>
/// <c>spoilergen check</c>: the same load, model and render stages as a build (<see cref="SiteBuilder.Render"/>),
/// with nothing written; the author's lints are part of those stages, so build and serve report them too.
/// </summary>
public static class SiteChecker
{
    public static CheckResult Check(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        // Each file is dropped once rendered: check reports, it never serves or writes.
        var rendered = SiteBuilder.Render(options, cancellationToken: cancellationToken, keepsFiles: false);
        cancellationToken.ThrowIfCancellationRequested();
        // The render stage ran the author's lints (AuthorLints) with everything else.
        return new CheckResult(rendered.Diagnostics, rendered.Site?.Pages.Length ?? 0, rendered.Site?.Trees.Length ?? 0, stopwatch.Elapsed);
    }
}
