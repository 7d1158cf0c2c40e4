using System.Text.RegularExpressions;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// Removes HTML comments, and only them, from raw HTML: authors leave notes in comments, and a comment
/// would carry its text into every tree whatever its spoiler level.
/// </summary>
public static partial class HtmlComments
{
    // As HTML ends a comment: at the first "-->", or at once for "<!-->" and "<!--->". An unclosed comment runs to the end.
    [GeneratedRegex(@"<!--(?:>|->|[\s\S]*?-->|[\s\S]*$)")]
    private static partial Regex Comment();

    public static string Remove(string html) => html.Contains("<!--", StringComparison.Ordinal) ? Comment().Replace(html, "") : html;

    /// <summary>Where each comment is: its start and length.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string html) =>
        html.Contains("<!--", StringComparison.Ordinal) ? Comment().EachMatch(html).Select(match => (match.Index, match.Length)) : [];

    /// <summary>
    /// The text of the comments alone, without their "&lt;!--" and "--&gt;": everything else (and the markers) becomes
    /// spaces, keeping line breaks, so positions in the text stay the same.
    /// </summary>
    public static string KeepOnlyInside(string html)
    {
        if (!html.Contains("<!--", StringComparison.Ordinal)) return "";
        var kept = html.Select(c => c == '\n' ? '\n' : ' ').ToArray();
        foreach (var (start, length) in Find(html))
        {
            var end = start + length;
            if (html.AsSpan(start, length).EndsWith("-->", StringComparison.Ordinal)) end -= 3;
            for (var i = start + 4; i < end; i++) kept[i] = html[i];
        }
        return new string(kept);
    }

    /// <summary>Replaces each comment by as many spaces, keeping line breaks, so positions in the text stay the same.</summary>
    public static string BlankOut(string html) =>
        html.Contains("<!--", StringComparison.Ordinal)
            ? Comment().Replace(html, match => string.Concat(match.Value.Select(c => c == '\n' ? '\n' : ' ')))
            : html;
}
