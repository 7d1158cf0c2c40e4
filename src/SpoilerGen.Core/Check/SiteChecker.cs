using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>
/// <c>spoilergen check</c>: the same load, model and render stages as a build (<see cref="SiteBuilder.Render"/>),
/// with nothing written, followed by the lints that only an author needs to see.
/// </summary>
public static class SiteChecker
{
    public static CheckResult Check(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var rendered = SiteBuilder.Render(options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in rendered.Diagnostics) diagnostics.Add(diagnostic);
        if (rendered.Site is { } site)
        {
            var text = TextSegmentCollector.Collect(site, rendered.Sources);
            new UnmarkedSpoilerLint(site, diagnostics).Run(text);
            new SiteLinkLint(site.Config, options.SiteFolder, diagnostics).Run(site, rendered.Sources);
        }
        return new CheckResult(diagnostics.ToSortedList(), rendered.Site?.Pages.Length ?? 0, rendered.Site?.Trees.Length ?? 0, stopwatch.Elapsed);
    }
}
