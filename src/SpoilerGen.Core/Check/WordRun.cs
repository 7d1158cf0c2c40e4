using System.Text.RegularExpressions;
using SpoilerGen.Text;

namespace SpoilerGen.Check;

/// <summary>
/// A run of capitalised words separated by single spaces, such as "Lee Cheong-san" or "Hyosan High":
/// where names and names of places are found in English and most languages written in Latin script.
/// </summary>
public sealed partial record WordRun(TextSegment Segment, IReadOnlyList<Match> Words)
{
    // Hyphens and apostrophes join a word ("Gwi-nam", "O'Brien"), except a possessive 's: "Gwi-nam's" is the name "Gwi-nam".
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}\p{Nd}]*(?:-[\p{L}\p{M}\p{Nd}]+|['’](?!s\b)[\p{L}\p{M}\p{Nd}]+)*")]
    private static partial Regex WordPattern();

    /// <summary>Every word of a text, capitalised or not, one at a time (a paragraph may hold millions).</summary>
    public static IEnumerable<Match> WordsOf(string text) => WordPattern().EachMatch(text);

    public static IEnumerable<WordRun> In(TextSegment segment)
    {
        var run = new List<Match>();
        foreach (Match word in WordsOf(segment.Text))
        {
            var capitalised = char.IsUpper(word.Value[0]);
            if (run.Count > 0 && (!capitalised || !IsSingleSpace(segment.Text, run[^1], word)))
            {
                yield return new WordRun(segment, [.. run]);
                run.Clear();
            }
            if (capitalised) run.Add(word);
        }
        if (run.Count > 0) yield return new WordRun(segment, [.. run]);
    }

    /// <summary>The text of words <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public string Text(int first, int last) => Segment.Text[Words[first].Index..(Words[last].Index + Words[last].Length)];

    private static bool IsSingleSpace(string text, Match before, Match after) =>
        after.Index == before.Index + before.Length + 1 && text[before.Index + before.Length] == ' ';
}
