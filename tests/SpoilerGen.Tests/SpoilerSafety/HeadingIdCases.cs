using System.Text.RegularExpressions;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 9: a heading has one id in every tree that shows it; a hidden heading never shifts another's
/// id; no heading takes an id the theme uses.
/// </summary>
public static class HeadingIdCases
{
    private static int Count(string html, string id) => Regex.Matches(html, $"id=\"{Regex.Escape(id)}\"").Count;

    public static IEnumerable<SafetyCase> All =>
    [
        Page("heading id: a hidden heading of the same text comes first", "## Fate {spoiler=s01e05}\nSECRET\n\n## Fate\nOpen.\n",
            new BuildsAnd("the shown heading is #fate in both trees", read =>
                read("start/page/index.html").Contains("<h2 id=\"fate\">Fate</h2>") && read("s01e05/page/index.html").Contains("<h2 id=\"fate\">Fate</h2>")
                && read("s01e05/page/index.html").Contains("<h2 id=\"fate-1\">Fate</h2>"))),
        Page("heading id: a heading whose text grows keeps its id", "## Nam-ra [SECRET]{spoiler=s01e05}\nText.\n",
            new BuildsAnd("#nam-ra in both trees, and nothing hidden in the first", read =>
                read("start/page/index.html").Contains("id=\"nam-ra\"") && read("s01e05/page/index.html").Contains("<h2 id=\"nam-ra\">Nam-ra <mark")
                && !read("start/page/index.html").Contains("SECRET", StringComparison.OrdinalIgnoreCase))),
        Page("heading id: a heading first shown later is named by its text there", "## [SECRET]{spoiler=s01e05}\nText.\n",
            new BuildsAnd("#secret from episode 5", read => read("s01e05/page/index.html").Contains("id=\"secret\"") && !read("start/page/index.html").Contains("secret"))),
        Page("heading id: a heading of raw HTML around a hidden phrase", "## <span>[SECRET]{spoiler=s01e05}</span>\nText.\n", Hidden()).WithRawHtml(),
        Page("heading id: a heading of an image and a hidden phrase", "## ![icon](icon.png) [SECRET]{spoiler=s01e05}\nText.\n", Hidden()),
        Page("heading id: 'Main' does not take the theme's id", "## Main\nText. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("one id=\"main\" on the page", read => Count(read("start/page/index.html"), "main") == 1 && read("start/page/index.html").Contains("id=\"main-1\""))),
        Page("heading id: 'Search' does not take the theme's id", "## Search\nText. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("one id=\"search\" on the page", read => Count(read("start/page/index.html"), "search") <= 1 && read("start/page/index.html").Contains("id=\"search-1\""))),
        Page("heading id: 'Search input' does not take the theme's id", "## Search input\nText. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("no second id=\"search-input\"", read => Count(read("start/page/index.html"), "search-input") <= 1)),
        Page("heading id: three headings of one text", "## Fate\n## Fate {spoiler=s01e05}\nSECRET\n## Fate\n",
            new BuildsAnd("the shown ones are #fate and #fate-1 in every tree", read =>
                read("start/page/index.html").Contains("<h2 id=\"fate\">Fate</h2>\n<h2 id=\"fate-1\">Fate</h2>")
                && read("s01e05/page/index.html").Contains("id=\"fate-2\""))),
        Page("heading id: a hidden section's heading is never in the contents", "## Open\nText.\n\n## The twist {spoiler=s01e05}\nSECRET\n", Hidden("the-twist")),
        Page("heading id: a heading never takes a footnote's id", "## Fn 1\nText.[^a] [SECRET]{spoiler=s01e05}\n\n## Fnref 1\n\n[^a]: Note.\n",
            new BuildsAnd("the headings are #fn-1 and #fnref-1, the footnote #fn_1 and its reference #fnref_1", read =>
                read("start/page/index.html").Contains("<h2 id=\"fn-1\">") && read("start/page/index.html").Contains("<li id=\"fn_1\">")
                && read("start/page/index.html").Contains("<h2 id=\"fnref-1\">") && read("start/page/index.html").Contains("id=\"fnref_1\""))),
        Page("heading id: a heading in a footnote shown only later does not shift an earlier heading's id",
            "Text.\n\n## The funeral {spoiler=s01e05}\nSECRET\n\n::: spoiler s01e07\nLater.[^n]\n:::\n\n[^n]: ## The funeral\n",
            new BuildsAnd("the section's heading is #the-funeral in the s01e05 tree, body and contents", read =>
                read("s01e05/page/index.html").Contains("<h2 id=\"the-funeral\">The funeral</h2>") && !read("s01e05/page/index.html").Contains("the-funeral-1"))),
        Page("heading id: a link to a heading in a footnote shown only later loses its fragment before",
            "See [below](#her-grave).\n\n::: spoiler s01e07\nLater.[^n]\n:::\n\n[^n]: ## Her grave\n",
            new BuildsAnd("no '#her-grave' in the start tree", read => !read("start/page/index.html").Contains("#her-grave"))),
    ];
}
