using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// The lints an author needs wherever they work (<c>check</c>, <c>build</c>, <c>serve</c>), always warnings: a name
/// shown before the episode that marks it as a spoiler (SG0601, silenced per name by <c>check: allow_names</c>) and
/// a link written with the site's own address (SG0602). <c>build --warnings-as-errors</c> makes them fail CI.
/// </summary>
public static class AuthorLints
{
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM: on a large guide the lints take seconds.</exception>
    public static void Run(SiteModel site, IReadOnlyList<SourcePage> sources, string siteFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var text = TextSegmentCollector.Collect(site, sources, cancellationToken);
        new UnmarkedSpoilerLint(site, diagnostics).Run(text, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        new SiteLinkLint(site.Config, siteFolder, diagnostics).Run(site, sources);
    }
}
