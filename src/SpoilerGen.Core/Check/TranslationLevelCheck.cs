using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// Warns where a translation is shown earlier than the page it translates (<c>secret/_index.ko.md</c> without the
/// <c>spoiler: s01e05</c> of <c>secret/_index.md</c>): a translation has its own level, so this is allowed, but a
/// translator who forgot the line publishes from the start what the original keeps for later, a whole section of
/// pages for a section's index. A warning, since the translation's words are its own and may well tell less.
/// </summary>
public static class TranslationLevelCheck
{
    public static void Run(IReadOnlyList<LanguageSite> languages, DiagnosticBag diagnostics)
    {
        if (languages.Count < 2) return;
        var originals = languages[0].Site.Pages.Where(page => page.Body is not null).ToDictionary(page => page.TranslationKey, StringComparer.Ordinal);
        foreach (var language in languages.Skip(1))
        {
            var positions = language.Sources.ToDictionary(source => source.DisplayPath, source => source.FrontMatter.Position, StringComparer.Ordinal);
            var checkpoints = language.Site.Config.Timeline.Checkpoints;
            foreach (var page in language.Site.Pages.Where(page => page.Body is not null))
            {
                if (!originals.TryGetValue(page.TranslationKey, out var original) || original.Level <= page.Level) continue;
                var shownFrom = checkpoints[original.Level];
                diagnostics.Warning(positions.TryGetValue(page.DisplayPath, out var position) ? position : SourcePosition.StartOf(page.DisplayPath), DiagnosticCodes.TranslationShownEarlier,
                    $"this translation is shown from '{checkpoints[page.Level].SpoilerFreeLabel}', the page it translates ({original.DisplayPath}) only from '{shownFrom.SpoilerFreeLabel}'; " +
                    $"if it tells the same, give it 'spoiler: {shownFrom.EpisodeId}' (a translation has a level of its own)");
            }
        }
    }
}
