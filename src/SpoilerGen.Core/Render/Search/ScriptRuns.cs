using System.Text;

namespace SpoilerGen.Render.Search;

/// <summary>How a run of a word's letters is written, which decides how it is cut into terms.</summary>
public enum ScriptKind
{
    /// <summary>Scripts that put spaces between words (Latin, Greek, Cyrillic, Arabic...): the run is a word.</summary>
    Spaced,

    /// <summary>Han ideographs and Japanese kana, written without spaces: cut into character bigrams.</summary>
    Ideographic,

    /// <summary>Korean Hangul: words with particles attached (온조는, 온조를), cut into bigrams of the word without its particle.</summary>
    Hangul,
}

/// <summary>
/// Splits a folded word into runs of one <see cref="ScriptKind"/> each: "bts가" is "bts" and "가".
/// The code point ranges are the ones <c>search.js</c> uses, so that a query is cut as the index was.
/// </summary>
public static class ScriptRuns
{
    public static ScriptKind KindOf(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7FF => ScriptKind.Hangul,
        >= 0x3005 and <= 0x3007 or >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF66 and <= 0xFF9F or >= 0x20000 and <= 0x3134F => ScriptKind.Ideographic,
        _ => ScriptKind.Spaced,
    };

    public static IEnumerable<(string Run, ScriptKind Kind)> Of(string word)
    {
        // Most words of most guides: one spaced run, with nothing to cut.
        if (word.Length == 0 || word[0] < 0x1100 && IsAllBelowHangul(word))
        {
            if (word.Length > 0) yield return (word, ScriptKind.Spaced);
            yield break;
        }
        var start = 0;
        ScriptKind? current = null;
        var index = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            var kind = KindOf(rune);
            if (current is { } open && open != kind)
            {
                yield return (word[start..index], open);
                start = index;
            }
            current = kind;
            index += rune.Utf16SequenceLength;
        }
        if (current is { } last) yield return (word[start..], last);
    }

    private static bool IsAllBelowHangul(string word)
    {
        foreach (var character in word)
        {
            if (character >= 0x1100) return false;
        }
        return true;
    }
}
