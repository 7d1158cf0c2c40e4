using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Text;

namespace SpoilerGen.Translation;

/// <summary>
/// Makes the table of the site's language: the built-in table of the language (or of its primary subtag:
/// <c>pt-BR</c> has Portuguese's) with the author's <c>i18n/LANG.yml</c> over it, read through the site's jail.
/// A language with neither, and a key SpoilerGen's code uses that the table lacks, are errors: the theme
/// never falls back to English in silence.
/// </summary>
public static partial class LanguageTableLoader
{
    public const string FolderName = "i18n";

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTagPattern();

    /// <summary>Whether <paramref name="code"/> has the form of a BCP 47 language tag (<c>ko</c>, <c>pt-BR</c>).</summary>
    public static bool IsLanguageTag(string code) => LanguageTagPattern().IsMatch(code);

    /// <param name="languagePosition">Where the config names the language, for the errors that have no file of their own.</param>
    public static LanguageTable? Load(string language, SourcePosition languagePosition, SiteFolder site, DiagnosticBag diagnostics)
    {
        if (!LanguageTagPattern().IsMatch(language))
        {
            diagnostics.Error(languagePosition, DiagnosticCodes.LanguageUnknown,
                $"'{language}' is not a language code: write a BCP 47 tag such as 'en', 'ko' or 'pt-BR'");
            return null;
        }
        var builtIn = BuiltInLanguageTables.Find(language) ?? BuiltInLanguageTables.Find(language.Split('-')[0]);
        var relativePath = $"{FolderName}/{language}.yml";
        var file = site.File(relativePath, diagnostics, out var exists);
        LanguageTableSource? author = null;
        var contentKey = "";
        if (exists)
        {
            if (file is null || SourceText.Read(file, diagnostics) is not { } text) return null;
            author = LanguageTableReader.Read(text, file.DisplayPath, diagnostics, PlaceholdersFilled);
            if (author is null) return null;
            using var key = new ContentKey();
            contentKey = key.Add(text).Finish();
        }
        if (builtIn is null && author is null)
        {
            diagnostics.Error(languagePosition, DiagnosticCodes.LanguageUnknown,
                $"SpoilerGen has no built-in words for '{language}' (it has {string.Join(", ", BuiltInLanguageTables.Languages)}): " +
                $"write them in {relativePath}, with every key of the README's i18n keys table");
            return null;
        }

        var table = Merge(language, builtIn ?? Empty, author, contentKey);
        var reportAt = author is null ? languagePosition : SourcePosition.StartOf(file!.DisplayPath);
        foreach (var key in TranslationKeys.UsedByCode.Where(key => !table.Has(key)))
        {
            diagnostics.Error(reportAt, DiagnosticCodes.TranslationKeyMissing,
                $"the key '{key}' has no words in '{language}': add it under 'text:' in {relativePath} (the README's i18n keys table has the English)");
        }
        return table;
    }

    /// <summary>
    /// The placeholders SpoilerGen fills in a key's words: those of its English words, and <c>{count}</c> for a
    /// plural key. Null for a key the English table lacks: a theme's own, whose templates fill what they like.
    /// </summary>
    private static IReadOnlyCollection<string>? PlaceholdersFilled(string key) =>
        BuiltInLanguageTables.Find("en") is { } english && english.Messages.TryGetValue(key, out var entry)
            ? entry.Message.Forms.Values.SelectMany(TranslationMessage.PlaceholdersOf).Concat(entry.Message.IsPlural ? ["count"] : []).ToHashSet(StringComparer.Ordinal)
            : null;

    /// <summary>Languages written right to left: a table for one of them needs no <c>direction:</c> of its own.</summary>
    private static readonly string[] RightToLeft = ["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi"];

    public static string DirectionOf(string language) =>
        RightToLeft.Contains(language.Split('-')[0].ToLowerInvariant()) ? "rtl" : "ltr";

    private static LanguageTableSource Empty { get; } = new(null, null, null, null, null, ImmutableDictionary<string, (TranslationMessage, SourcePosition)>.Empty);

    /// <summary>The built-in table with the author's over it: each part the author gives replaces the built-in one, key by key for the words.</summary>
    public static LanguageTable Merge(string language, LanguageTableSource builtIn, LanguageTableSource? author, string contentKey = "")
    {
        var messages = ImmutableSortedDictionary.CreateBuilder<string, TranslationMessage>(StringComparer.Ordinal);
        foreach (var (key, (message, _)) in builtIn.Messages) messages[key] = message;
        if (author is not null)
        {
            foreach (var (key, (message, _)) in author.Messages) messages[key] = message;
        }
        return new LanguageTable(language,
            author?.Direction ?? builtIn.Direction ?? DirectionOf(language),
            author?.Plurals ?? builtIn.Plurals ?? PluralRules.None,
            author?.Numbers ?? builtIn.Numbers ?? NumberFormat.Default,
            author?.Dates ?? builtIn.Dates ?? DateFormat.Default,
            messages.ToImmutable(),
            contentKey)
        { Name = author?.Name ?? builtIn.Name ?? language };
    }
}
