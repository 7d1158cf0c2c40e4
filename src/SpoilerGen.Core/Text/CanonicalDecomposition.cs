using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SpoilerGen.Text;

/// <summary>
/// Unicode's NFD (canonical decomposition) without ICU: <c>café</c> written with one code point for "é" (NFC, as
/// Linux and Windows keep it) and with "e" and a combining accent (NFD, as macOS writes names) become the same text.
/// The tool runs with invariant globalization, where <see cref="string.Normalize()"/> changes nothing, so two such
/// file names were two files and one URL; this gives the same answer whichever way .NET is run.
/// </summary>
public static class CanonicalDecomposition
{
    private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3, LeadingFirst = 0x1100, VowelFirst = 0x1161, TrailingFirst = 0x11A7;
    private const int VowelCount = 21, TrailingCount = 28, VowelsTimesTrailing = VowelCount * TrailingCount;

    private static readonly FrozenDictionary<int, int[]> Decompositions = CanonicalDecompositionTable.Decompositions
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => entry.Split(':'))
        .ToFrozenDictionary(parts => Hex(parts[0]), parts => parts[1].Split(',').Select(Hex).ToArray());

    private static readonly FrozenDictionary<int, int> CombiningClasses = CanonicalDecompositionTable.CombiningClasses
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => entry.Split(':'))
        .SelectMany(parts =>
        {
            var range = parts[0].Split('-');
            var (first, last) = (Hex(range[0]), Hex(range[^1]));
            var combiningClass = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return Enumerable.Range(first, last - first + 1).Select(codePoint => KeyValuePair.Create(codePoint, combiningClass));
        })
        .ToFrozenDictionary();

    /// <summary>The text in NFD: every character decomposed, and each run of combining marks in canonical order.</summary>
    public static string Decompose(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var codePoints = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes()) Append(rune.Value, codePoints);
        // Canonical order: a stable sort of each run of marks by class (a mark of class 0 ends a run).
        for (var start = 0; start < codePoints.Count;)
        {
            if (CombiningClassOf(codePoints[start]) == 0) { start++; continue; }
            var end = start;
            while (end < codePoints.Count && CombiningClassOf(codePoints[end]) != 0) end++;
            if (end - start > 1)
            {
                var run = codePoints.GetRange(start, end - start).OrderBy(CombiningClassOf).ToList();
                for (var i = 0; i < run.Count; i++) codePoints[start + i] = run[i];
            }
            start = end;
        }
        var decomposed = new StringBuilder(codePoints.Count);
        foreach (var codePoint in codePoints) decomposed.Append(new Rune(codePoint).ToString());
        return decomposed.ToString();
    }

    // Every pair of code points one character decomposes into: a letter and an accent NFC would write as one.
    private static readonly FrozenSet<(int First, int Second)> ComposablePairs = Decompositions.Values
        .Where(parts => parts.Length == 2).Select(parts => (parts[0], parts[1])).ToFrozenSet();

    /// <summary>
    /// Whether the text holds a letter and a combining mark written apart that one character stands for (<c>a</c> and
    /// U+0308 for <c>ä</c>), as macOS writes names: text that is not in NFC, which needs no composition table to tell.
    /// </summary>
    public static bool HasSeparatedAccent(string text)
    {
        if (Ascii.IsValid(text)) return false;
        var previous = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (previous >= 0 && (ComposablePairs.Contains((previous, rune.Value)) || IsHangulPair(previous, rune.Value))) return true;
            previous = rune.Value;
        }
        return false;
    }

    /// <summary>A leading consonant and a vowel, or a syllable without a final consonant and one: Hangul composes them by rule.</summary>
    private static bool IsHangulPair(int first, int second) =>
        (first is >= LeadingFirst and < LeadingFirst + 19 && second is >= VowelFirst and < VowelFirst + VowelCount)
        || (first is >= HangulFirst and <= HangulLast && (first - HangulFirst) % TrailingCount == 0 && second is > TrailingFirst and < TrailingFirst + TrailingCount);

    /// <summary>Whether the text is already in NFD (macOS's form of a file name), as opposed to NFC or a mix.</summary>
    public static bool IsDecomposed(string text) => Decompose(text) == text;

    private static void Append(int codePoint, List<int> codePoints)
    {
        if (codePoint is >= HangulFirst and <= HangulLast)
        {
            var index = codePoint - HangulFirst;
            codePoints.Add(LeadingFirst + index / VowelsTimesTrailing);
            codePoints.Add(VowelFirst + index % VowelsTimesTrailing / TrailingCount);
            if (index % TrailingCount != 0) codePoints.Add(TrailingFirst + index % TrailingCount);
            return;
        }
        // The table holds full decompositions already: one look-up for each code point.
        if (Decompositions.TryGetValue(codePoint, out var parts)) codePoints.AddRange(parts);
        else codePoints.Add(codePoint);
    }

    private static int CombiningClassOf(int codePoint) => CombiningClasses.GetValueOrDefault(codePoint);

    private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
