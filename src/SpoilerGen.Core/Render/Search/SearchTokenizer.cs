using SpoilerGen.Text;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SpoilerGen.Render.Search;

/// <summary>
/// Turns text into the terms of the search index. <c>search.js</c> applies the same steps to what the
/// reader types (NFD, drop combining marks, NFC, lower-case, final sigma as σ, split on anything but
/// letters and digits, then CJK and Hangul runs into bigrams: <see cref="TermsOf"/>), so a term written here is found by the same word typed with or without its
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

    /// <summary>The distinct indexable terms of <paramref name="text"/>.</summary>
    public IEnumerable<string> Terms(string text) => Words(text).SelectMany(TermsOf).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// A folded word's terms: the word itself in a script that spaces its words; character bigrams of a run
    /// of Han or kana, which has no spaces to split on (as Lunr's and Pagefind's CJK support do); bigrams of a
    /// Hangul run without its particle. A run of one character is its own term: in these scripts one
    /// character can be a word (猫, 집). search.js cuts a query the same way.
    /// </summary>
    public IEnumerable<string> TermsOf(string word)
    {
        foreach (var (run, kind) in ScriptRuns.Of(word))
        {
            if (kind == ScriptKind.Spaced)
            {
                if (run.Length is >= MinimumLength and <= MaximumLength && !_stopWords.Contains(run)) yield return run;
                continue;
            }
            foreach (var bigram in Bigrams(kind == ScriptKind.Hangul ? KoreanParticles.Strip(run) : run)) yield return bigram;
        }
    }

    /// <summary>
    /// What search.js makes of a query: each term, and whether it is a whole word of a spaced script (which the
    /// client skips when it is one letter long, or a stop word before the last). Tests ask the index through this.
    /// </summary>
    public static IEnumerable<(string Term, bool Spaced)> QueryTerms(string query) =>
        Words(query).SelectMany(word => ScriptRuns.Of(word)).SelectMany(item => item.Kind == ScriptKind.Spaced
            ? [(item.Run, true)]
            : Bigrams(item.Kind == ScriptKind.Hangul ? KoreanParticles.Strip(item.Run) : item.Run).Select(bigram => (bigram, false)));

    private static IEnumerable<string> Bigrams(string run)
    {
        var starts = new List<int>();
        for (var index = 0; index < run.Length; index += char.IsSurrogatePair(run, index) ? 2 : 1) starts.Add(index);
        if (starts.Count == 1)
        {
            yield return run;
            yield break;
        }
        for (var index = 0; index + 1 < starts.Count; index++)
        {
            var end = index + 2 < starts.Count ? starts[index + 2] : run.Length;
            yield return run[starts[index]..end];
        }
    }

    /// <summary>Every word of <paramref name="text"/>, normalized, including short and common ones.</summary>
    /// <remarks>
    /// Folded a word at a time rather than the whole text first, so that a 50 MB page costs no extra
    /// copies of itself. The same as splitting <see cref="Fold"/>'s result: folding drops only marks,
    /// which are never split on, and turns letters into letters.
    /// </remarks>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                // Most text of most guides: nothing to fold, and no string to make per character.
                if (Rune.IsLetterOrDigit(rune)) AppendRune(word, rune);
                else if (word.Length > 0)
                {
                    yield return Fold(word.ToString());
                    word.Clear();
                }
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) continue;
            foreach (var folded in DiacriticFolding.RemoveDiacritics(rune).EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(folded))
                {
                    AppendRune(word, folded);
                }
                else if (word.Length > 0)
                {
                    yield return Fold(word.ToString());
                    word.Clear();
                }
            }
        }
        if (word.Length > 0) yield return Fold(word.ToString());
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
