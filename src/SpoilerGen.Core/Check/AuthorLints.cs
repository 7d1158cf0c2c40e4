using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// The lints an author needs wherever they work (<c>check</c>, <c>build</c>, <c>serve</c>), always warnings: a name
/// shown before the episode that marks it as a spoiler (SG0601, silenced per name by <c>check: allow_names</c>) and
/// a link written with the site's own address (SG0602). <c>build --warnings-as-errors</c> makes them fail CI.
/// </summary>
public static class AuthorLints
{
    /// <param name="previous">
    /// The state the lints left after their previous run on this language's pages: a page whose parse and level are unchanged
    /// is not read again, and only what the changed pages touch is worked out again. Null for a cold run.
    /// </param>
    /// <param name="sourceKey">Each page's <see cref="PageText.SourceKey"/>; null when not known.</param>
    /// <param name="readBefore">
    /// Texts an earlier process read (<c>build</c> keeps them in its render cache), by display path: a page whose source
    /// key, level and offset are those of its kept text is not read again. The run is otherwise a cold one.
    /// </param>
    /// <returns>The state after this run, for the next.</returns>
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM: on a large guide the lints take seconds.</exception>
    public static LintState Run(SiteModel site, IReadOnlyList<SourcePage> sources, string siteFolder, DiagnosticBag diagnostics,
        CancellationToken cancellationToken = default, LintState? previous = null, Func<SitePage, string?>? sourceKey = null,
        IReadOnlyDictionary<string, PageText>? readBefore = null)
    {
        if (previous is not null && previous.Language != site.Config.Language) previous = null;
        var offsets = sources.ToDictionary(source => source.DisplayPath, source => source.BodyLineOffset, StringComparer.Ordinal);
        var pages = site.Pages.Where(page => page.Body is not null && offsets.ContainsKey(page.DisplayPath)).ToList();
        var texts = new PageText[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (page, offset) = (pages[i], offsets[pages[i].DisplayPath]);
            var key = sourceKey?.Invoke(page);
            texts[i] = previous?.Texts.GetValueOrDefault(page.DisplayPath) is { } earlier && earlier.IsReadFrom(page, offset, key) ? earlier
                : readBefore?.GetValueOrDefault(page.DisplayPath) is { } kept && kept.IsReadFrom(page, offset, key) ? kept
                : PageText.Read(page, offset, key);
        });
        var state = new UnmarkedSpoilerLint(site, diagnostics).Run(texts, previous ?? LintState.Empty(site.Config.Language), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        new SiteLinkLint(site.Config, siteFolder, diagnostics).Run(site, pages);
        return state;
    }
}
