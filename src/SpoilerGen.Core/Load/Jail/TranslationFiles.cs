using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Sources;
using SpoilerGen.Translation;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// Sorts the content's files by language, as Hugo's "translation by file name" does: <c>on-jo.md</c> is the
/// default language's page, <c>on-jo.ko.md</c> its Korean translation, standing at the same place in the site.
/// </summary>
public static class TranslationFiles
{
    /// <summary>The sources of each language of <paramref name="config"/>, in its order (the default first), each with its <see cref="SourcePage.PagePath"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<SourcePage>> Split(IReadOnlyList<SourcePage> sources, SiteConfig config, DiagnosticBag diagnostics)
    {
        var languages = config.AllLanguages.Select(language => language.Language).ToList();
        var byLanguage = languages.Select(_ => new List<SourcePage>()).ToList();
        foreach (var source in sources)
        {
            var (stem, code) = LanguageOf(source.ContentPath);
            if (code is null)
            {
                byLanguage[0].Add(source);
                continue;
            }
            var index = languages.FindIndex(language => string.Equals(language, code, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                byLanguage[index].Add(source with { PagePath = stem + ".md" });
                continue;
            }
            if (NotASiteLanguage(source.ContentPath, config) is { } message)
            {
                diagnostics.Error(SourcePosition.StartOf(source.DisplayPath), DiagnosticCodes.TranslationNotInLanguages, message);
                continue;
            }
            byLanguage[0].Add(source);
        }
        return byLanguage;
    }

    /// <summary>
    /// Why a file of this path under content/ cannot be published (SG0712): it is named as a translation into a language
    /// SpoilerGen knows that the site does not have; null when it can. <c>spoilergen new page</c> asks it too, so that it
    /// never makes a page the build refuses.
    /// </summary>
    public static string? NotASiteLanguage(string contentPath, SiteConfig config)
    {
        var (_, code) = LanguageOf(contentPath);
        var languages = config.AllLanguages.Select(language => language.Language).ToList();
        if (code is null || languages.Any(language => string.Equals(language, code, StringComparison.OrdinalIgnoreCase))) return null;
        // Published as a page of the default language, it would put the translation's text in the wrong trees.
        // A regional code (pt-BR, ko-KR) of a language SpoilerGen knows is a translation's name just as surely as pt or ko.
        var primary = code.Split('-')[0];
        return BuiltInLanguageTables.Find(code) is null && BuiltInLanguageTables.Find(primary) is null ? null
            : $"the file is named as a translation into '{code}', which is not one of the site's languages ({string.Join(", ", languages)}): add '{code}' under 'languages:' in {ConfigLoader.FileName}, or rename the file";
    }

    /// <summary>The path without its language and <c>.md</c>, and the language (<c>ko</c> in <c>a/b.ko.md</c>); null when the name has none.</summary>
    private static (string Stem, string? Code) LanguageOf(string contentPath)
    {
        var withoutExtension = contentPath[..^".md".Length];
        var dot = withoutExtension.LastIndexOf('.');
        if (dot <= withoutExtension.LastIndexOf('/') + 1) return (withoutExtension, null);
        var code = withoutExtension[(dot + 1)..];
        return LanguageTableLoader.IsLanguageTag(code) ? (withoutExtension[..dot], code) : (withoutExtension, null);
    }
}
