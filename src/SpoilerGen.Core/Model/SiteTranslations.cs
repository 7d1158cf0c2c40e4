using System.Collections.Immutable;

namespace SpoilerGen.Model;

/// <summary>
/// The languages of a site and, for each, which page stands for each translation key and from which level:
/// all that one language's files may say of the others. A page links to a translation only in a tree that shows
/// that translation, so what another language reveals later never reaches an earlier tree.
/// </summary>
public sealed class SiteTranslations(ImmutableArray<TranslatedLanguage> languages)
{
    public static SiteTranslations None { get; } = new([]);

    /// <summary>The site's languages in the config's order, the default first.</summary>
    public ImmutableArray<TranslatedLanguage> Languages { get; } = languages;

    /// <summary>
    /// The language versions of a page that a tree at <paramref name="checkpoint"/> shows, its own included, in the
    /// config's order; empty when no other language shows it there, as there is then nothing to link.
    /// </summary>
    public ImmutableArray<(TranslatedLanguage Language, string PageKey)> At(string translationKey, int checkpoint)
    {
        var shown = Languages
            .Where(language => language.Pages.TryGetValue(translationKey, out var page) && page.Level <= checkpoint)
            .Select(language => (language, language.Pages[translationKey].Key))
            .ToImmutableArray();
        return shown.Length > 1 ? shown : [];
    }

    public static SiteTranslations Of(IReadOnlyList<SiteModel> languages) =>
        languages.Count < 2 ? None : new([.. languages.Select(site => new TranslatedLanguage(
            site.Config.Language, site.Config.Words.Name, site.Config.LanguageFolder, site.Config.Words.Direction,
            site.Pages.ToImmutableDictionary(page => page.TranslationKey, page => (page.Key, page.Level), StringComparer.Ordinal)))]);
}
