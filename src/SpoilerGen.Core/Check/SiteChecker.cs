using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>
/// <c>spoilergen check</c>: the same load, model and render stages as a build (<see cref="SiteBuilder.Prepare"/>),
/// with nothing written, followed by the lints that only an author needs to see.
/// </summary>
public static class SiteChecker
{
    public static CheckResult Check(BuildOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var prepared = SiteBuilder.Prepare(options, diagnostics);
        if (prepared.Site is { } site && prepared.Config is { } config)
        {
            var text = TextSegmentCollector.Collect(site, prepared.Sources);
            new UnmarkedSpoilerLint(site, diagnostics).Run(text);
            new SiteLinkLint(config, options.SiteFolder, diagnostics).Run(site, prepared.Sources);
        }
        return new CheckResult(diagnostics.ToSortedList(), prepared.Site?.Pages.Length ?? 0, prepared.Site?.Trees.Length ?? 0, stopwatch.Elapsed);
    }
}
