using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>Family 5: a phrase whose closing bracket a URL or an HTML attribute would take.</summary>
public static class AutolinkCases
{
    public static IEnumerable<SafetyCase> All =>
    [
        Page("autolink: a bare URL at the end of a phrase", "[see https://x.org/SECRET]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: a bare www URL at the end of a phrase", "[see www.x.org/SECRET]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: a bare URL in the middle of a phrase", "[see https://x.org/SECRET now]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: an angle-bracket URL in a phrase", "[see <https://x.org/SECRET>]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: a link in a phrase", "[see [it](https://x.org/SECRET)]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: a bracket inside a link URL in a phrase", "[see [it](https://x.org/a]b) SECRET]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: a bracket inside an HTML attribute in a phrase", "[a <span title=\"]\">SECRET</span>]{spoiler=s01e05}\n", Hidden()).WithRawHtml(),
        Page("autolink: a bracket in a URL outside a phrase is still refused", "[see https://x.org/a]{Spoiler=s01e05}\n", Error(DiagnosticCodes.SpoilerMarkupLookalike, 4, 22)),
        Page("autolink: a bracket inside an angle-bracket URL in a phrase", "[see <https://x.org/a]b> SECRET]{spoiler=s01e05} c\n", Hidden()),
        Page("autolink: a bracket inside an inner link's title in a phrase", "[see [it](<https://x.org/a]b> \"t]\") SECRET]{spoiler=s01e05} c\n", Hidden()),
        Page("autolink: a '<' that starts no tag in a phrase", "A [x<y and SECRET]{spoiler=s01e05} z>w\n", Hidden()),
        Page("autolink: a bare email address in a phrase", "[write to SECRET@x.org]{spoiler=s01e05}\n", Hidden()),
        Page("autolink: a phrase right before a bare URL, which the page without it links (attack 12, #06)",
            "See [SECRET]{spoiler=s01e05}https://example.com here.\n", Error(DiagnosticCodes.PhraseBesideBareUrl, 4, 5)),
        Page("autolink: a phrase right before a bare URL after a '('", "See (a [SECRET]{spoiler=s01e05}www.example.com).\n", Error(DiagnosticCodes.PhraseBesideBareUrl, 4, 8)),
        Page("autolink: two phrases right before a bare URL at the start of a line", "[SECRET]{spoiler=s01e05}[more]{spoiler=s01e03}https://example.com\n",
            Error(DiagnosticCodes.PhraseBesideBareUrl, 4, 25)),
        Page("autolink: a phrase right after a bare URL of a domain, which the page without it links",
            "See https://example.com[SECRET]{spoiler=s01e05} here.\n", Error(DiagnosticCodes.PhraseBesideBareUrl, 4, 24)),
        Page("autolink: a phrase right after a bare www address in parentheses", "See (www.example.com[SECRET]{spoiler=s01e05}).\n", Error(DiagnosticCodes.PhraseBesideBareUrl, 4, 21)),
        Page("autolink: a phrase, a space and a bare URL before it", "See https://example.com [SECRET]{spoiler=s01e05} here.\n",
            new BuildsAnd("the URL linked", read => read("start/page/index.html").Contains("<p>See <a href=\"https://example.com\">https://example.com</a> here.</p>"))),
        Page("autolink: a phrase right after a word and before a bare URL, which no tree links", "See a[SECRET]{spoiler=s01e05}https://example.com here.\n",
            new BuildsAnd("the URL as text", read => read("start/page/index.html").Contains("<p>See ahttps://example.com here.</p>"))),
        Page("autolink: a phrase, a space and a bare URL", "See [SECRET]{spoiler=s01e05} https://example.com here.\n",
            new BuildsAnd("the URL linked", read => read("start/page/index.html").Contains("<p>See <a href=\"https://example.com\">https://example.com</a> here.</p>"))),
        Page("autolink: a phrase right before an angle-bracket URL", "See [SECRET]{spoiler=s01e05}<https://example.com> here.\n",
            new BuildsAnd("the URL linked", read => read("start/page/index.html").Contains("<a href=\"https://example.com\">https://example.com</a>"))),
    ];
}
