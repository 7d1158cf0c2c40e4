using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SpoilerGen.Text;

/// <summary>
/// Folds text (for search, and for slugs) the way <c>search.js</c> folds what a reader types (NFD, drop nonspacing
/// marks, NFC, lower case): "Café" and "cafe" become one term. Done with a table rather than
/// <see cref="string.Normalize()"/>, which does nothing under the invariant globalization the tool is
/// built with, so that the index is the same whichever way the tool runs.
/// </summary>
public static class DiacriticFolding
{
    private static readonly FrozenDictionary<int, string> Replacements = DiacriticFoldingTable.Entries
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => entry.Split(':'))
        .ToFrozenDictionary(
            parts => int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            parts => string.Concat(parts[1].Split(',').Select(hex => char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))));

    /// <summary>Without diacritics, before lower-casing: "Éclair" → "Eclair".</summary>
    public static string RemoveDiacritics(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            if (Replacements.TryGetValue(rune.Value, out var replacement)) folded.Append(replacement);
            else folded.Append(rune.ToString());
        }
        return folded.ToString();
    }

    /// <summary>One character without its diacritics: itself, or what the table says.</summary>
    public static string RemoveDiacritics(Rune rune) =>
        Replacements.TryGetValue(rune.Value, out var replacement) ? replacement : rune.ToString();

    /// <summary>
    /// Lower case without diacritics. A final sigma is folded into σ here and in search.js alike:
    /// JavaScript lower-cases a word-final Σ to ς, .NET to σ.
    /// </summary>
    public static string Fold(string text) => RemoveDiacritics(text).ToLowerInvariant().Replace('ς', 'σ');
}
