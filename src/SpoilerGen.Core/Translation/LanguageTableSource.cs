using SpoilerGen.Diagnostics;

namespace SpoilerGen.Translation;

/// <summary>
/// What one table file says (a built-in one, or an author's <c>i18n/LANG.yml</c>): each part it gives,
/// null where it gives none and the table below it stands.
/// </summary>
public sealed record LanguageTableSource(
    string? Name,
    string? Direction,
    PluralRules? Plurals,
    NumberFormat? Numbers,
    DateFormat? Dates,
    IReadOnlyDictionary<string, (TranslationMessage Message, SourcePosition Position)> Messages);
