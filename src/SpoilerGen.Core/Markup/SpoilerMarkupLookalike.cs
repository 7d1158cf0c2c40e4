using System.Text.RegularExpressions;

namespace SpoilerGen.Markup;

/// <summary>
/// Recognises text that still looks like spoiler markup although no parser took it as markup: a near
/// miss such as <c>{Spoiler=s01e05}</c>, <c>{spoiler: s01e05}</c> or <c>::: Spoiler s01e05</c>, or markup
/// written where Markdown does not parse it (code, raw HTML, a link's title, a front matter value).
/// Printed as it is, such text would publish what the author meant to hide, so it is an error.
/// </summary>
public static partial class SpoilerMarkupLookalike
{
    // Any case, any spacing: an attribute-like "{spoiler…", a fence-like "::spoiler" (two colons or
    // more, as near misses of ":::"), and the tail of an attribute whose brace went missing.
    [GeneratedRegex(@"\{\s*spoilers?\b|:{2,}\s*spoilers?\b|\bspoilers?\s*[=:]\s*[^\s}]*\s*\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The first place in <paramref name="text"/> that looks like spoiler markup, or null.</summary>
    public static (int Index, string Text)? Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.IndexOf("spoiler", StringComparison.OrdinalIgnoreCase) < 0) return null;
        var match = Pattern().Match(text);
        return match.Success ? (match.Index, match.Value) : null;
    }

    /// <summary>The message for text found in <paramref name="where"/> ("a code span", "the title").</summary>
    public static string Message(string found, string where) =>
        $"{where} holds '{found.Trim()}', which looks like spoiler markup but is not read as markup, so it would be published in every tree; " +
        "write exactly '[text]{spoiler=s01e05}', '## Title {spoiler=s01e05}' or a line '::: spoiler s01e05', in Markdown text (not in code or HTML)";
}
