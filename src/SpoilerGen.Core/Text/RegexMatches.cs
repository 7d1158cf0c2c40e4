using System.Text.RegularExpressions;

namespace SpoilerGen.Text;

/// <summary>
/// The matches of a regex in a text, one at a time. <see cref="Regex.Matches(string)"/> gives a
/// <see cref="MatchCollection"/>, which keeps every match it has given (about 200 bytes each): over a paragraph
/// of two million words that was gigabytes, where short paragraphs of the same page cost little.
/// </summary>
public static class RegexMatches
{
    public static IEnumerable<Match> EachMatch(this Regex regex, string text)
    {
        for (var match = regex.Match(text); match.Success; match = match.NextMatch()) yield return match;
    }
}
