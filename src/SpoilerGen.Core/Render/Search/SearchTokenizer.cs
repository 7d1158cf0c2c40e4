using SpoilerGen.Text;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SpoilerGen.Render.Search;

/// <summary>
/// Turns text into the terms of the search index. <c>search.js</c> applies the same steps to what the
/// reader types (NFD, drop combining marks, NFC, lower-case, final sigma as σ, split on anything but
/// letters and digits), so a term written here is found by the same word typed with or without its
/// accents; <see cref="DiacriticFolding"/> does them here without depending on the globalization mode.
/// </summary>
public sealed class SearchTokenizer(IEnumerable<string> stopWords)
{
    /// <summary>Shorter words match too much to be worth a posting list; the client skips them as well.</summary>
    public const int MinimumLength = 2;

    /// <summary>Longer "words" are almost always URLs, hashes or run-together text that nobody types.</summary>
    public const int MaximumLength = 32;

    private readonly FrozenSet<string> _stopWords = stopWords.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlySet<string> StopWords => _stopWords;

    /// <summary>Whether a word (as <see cref="Words"/> gives it) is indexed: neither too short, too long nor a stop word.</summary>
    public bool IsTerm(string word) => word.Length is >= MinimumLength and <= MaximumLength && !_stopWords.Contains(word);

    /// <summary>Every word of <paramref name="text"/>, normalized, including short and common ones.</summary>
    /// <remarks>
    /// Folded a word at a time rather than the whole text first, so that a 50 MB page costs no extra
    /// copies of itself. The same as splitting <see cref="Fold"/>'s result: folding drops only marks,
    /// which are never split on, and turns letters into letters.
    /// </remarks>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        // A word of ASCII letters and digits only (most words of most guides) is folded by lower-casing
        // each letter as it is read: the folding table starts past ASCII. Any other word is folded whole.
        var asciiOnly = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                var character = (char)rune.Value;
                if (char.IsAsciiLetterOrDigit(character)) word.Append(char.ToLowerInvariant(character));
                else if (word.Length > 0)
                {
                    yield return Finish(word, asciiOnly);
                    asciiOnly = true;
                }
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            foreach (var folded in DiacriticFolding.RemoveDiacritics(rune).EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(folded))
                {
                    AppendRune(word, folded);
                    asciiOnly = false;
                }
                else if (word.Length > 0)
                {
                    yield return Finish(word, asciiOnly);
                    asciiOnly = true;
                }
            }
        }
        if (word.Length > 0) yield return Finish(word, asciiOnly);
    }

    private static string Finish(StringBuilder word, bool asciiOnly)
    {
        var text = word.ToString();
        word.Clear();
        return asciiOnly ? text : Fold(text);
    }

    /// <summary>Lower-case without diacritics: "Éclair" and "eclair" are one term.</summary>
    public static string Fold(string text) => DiacriticFolding.Fold(text);

    // Rune.ToString() would allocate a string per character: the index of a large site reads millions.
    private static void AppendRune(StringBuilder text, Rune rune)
    {
        Span<char> units = stackalloc char[2];
        text.Append(units[..rune.EncodeToUtf16(units)]);
    }
}
