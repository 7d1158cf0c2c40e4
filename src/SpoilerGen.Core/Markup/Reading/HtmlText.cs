using System.Net;
using System.Text.RegularExpressions;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// The readable text of a piece of raw HTML, for search indexes and excerpts: without comments, tags,
/// scripts and styles, with entities decoded. Never used for what a page's HTML shows.
/// </summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<(script|style)\b[\s\S]*?(</\1\s*>|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>?")]
    private static partial Regex Tag();

    public static string Of(string html)
    {
        var text = ScriptOrStyle().Replace(HtmlComments.Remove(html), " ");
        text = Tag().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }
}
