using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 3: raw HTML. Markdown is not read inside an HTML block, so spoiler markup there is refused;
/// a ':::' cannot cut an HTML block in two; comments are dropped exactly, wherever they are, and nothing else.
/// </summary>
public static class RawHtmlCases
{
    private const string Lookalike = DiagnosticCodes.SpoilerMarkupLookalike;

    public static IEnumerable<SafetyCase> All =>
    [
        Page("raw html: a phrase inside a div", "<div>\n[SECRET]{spoiler=s01e05}\n</div>\n", Error(Lookalike, 5, 9)),
        Page("raw html: a block inside details without blank lines", "<details>\n<summary>More</summary>\n::: spoiler s01e05\nSECRET\n:::\n</details>\n", Error(Lookalike, 6, 1)),
        Page("raw html: a heading section inside a div", "<div>\n## Twist {spoiler=s01e05}\nSECRET\n</div>\n", Error(DiagnosticCodes.UnclosedInsideHiddenPart, 5, 1)),
        Page("raw html: a phrase inside pre", "<pre>\nA [SECRET]{spoiler=s01e05}\n</pre>\n", Error(Lookalike, 5, 11)),
        Page("raw html: a phrase inside script", "<script>\nvar a = \"[SECRET]{spoiler=s01e05}\";\n</script>\n", Error(Lookalike, 5, 18)),
        Page("raw html: markup in an attribute of an HTML block", "<div title=\"{spoiler=s01e05}\">\nSECRET\n</div>\n", Error(Lookalike, 4, 13)),
        Page("raw html: a fence inside a div inside a block", "::: spoiler s01e05\n<div>\nSECRET\n:::\nmore SECRET\n</div>\n", Error(DiagnosticCodes.FenceInsideHtmlBlock, 7, 1)),
        Page("raw html: a fence right after one line of HTML in a block", "::: spoiler s01e05\n<p>SECRET</p>\n:::\n", Error(DiagnosticCodes.FenceInsideHtmlBlock, 6, 1)),
        Page("raw html: an HTML block ended by a blank line inside a block", "::: spoiler s01e05\n<p>SECRET</p>\n\n:::\n", Hidden()),
        Page("raw html: markup inside an HTML comment is refused", "<!-- [SECRET]{spoiler=s01e05} -->\nText.\n", Error(Lookalike, 4, 14)),
        Page("raw html: a comment inside a div is dropped", "<div>\n<!-- SECRET note -->\nVisible\n</div>\n", Dropped("SECRET")),
        Page("raw html: markup in a multi-line comment inside a div is refused", "<div>\n<!--\nSECRET {spoiler=s01e05}\n-->\nVisible\n</div>\n", Error(Lookalike, 6, 8)),
        Page("raw html: a comment block over several lines is dropped", "<!--\nSECRET\nnote\n-->\n\nText.\n", Dropped("SECRET")),
        Page("raw html: an inline comment is dropped", "Hello <!-- SECRET --> world.\n", Dropped("SECRET")),
        Page("raw html: a comment after an inline tag is dropped", "A <b>bold<!-- SECRET --></b> word.\n", Dropped("SECRET")),
        Page("raw html: text after a comment on its line is kept", "<!-- SECRET -->*bar*\n", new BuildsAnd("keeps '*bar*' and drops the comment",
            read => read("start/page/index.html").Contains("*bar*") && !read("start/page/index.html").Contains("SECRET"))),
        Page("raw html: text before a comment in a div is kept", "<div>\nkeep me <!-- SECRET --> and me\n</div>\n", new BuildsAnd("keeps the text around the comment",
            read => read("start/page/index.html").Contains("keep me  and me") && !read("start/page/index.html").Contains("SECRET"))),
        Page("raw html: a details block hidden whole", "::: spoiler s01e05\n<details>\n<summary>SECRET</summary>\nText.\n</details>\n\n:::\n", Hidden()),
        // A same-page link in HTML is written as it is: its fragment would be in trees that do not show the heading (attack 14, #02).
        Page("raw html: a link in an HTML block to a heading shown later", "<a href=\"#the-rooftop\">the end</a>\n\n## The rooftop {spoiler=s01e05}\n\nSECRET\n",
            Error(DiagnosticCodes.RawHtmlLinkToLaterHeading, 4, 4)),
        Page("raw html: an inline link to a heading shown later", "See <a href='#the-rooftop'>it</a>.\n\n## The rooftop {spoiler=s01e05}\n\nSECRET\n",
            Error(DiagnosticCodes.RawHtmlLinkToLaterHeading, 4, 8)),
        Page("raw html: a link to an HTML anchor shown later", "Go <a href=\"#grave\">there</a>.\n\n::: spoiler s01e05\n<span id=\"grave\">SECRET</span>\n\n:::\n",
            Error(DiagnosticCodes.RawHtmlLinkToLaterHeading, 4, 7)),
        Page("raw html: a link to a heading shown with it builds", "## The rooftop {spoiler=s01e05}\n\n<a href=\"#the-rooftop\">up</a> SECRET\n", Hidden()),
        Page("raw html: a link to a later heading inside a comment builds", "<!-- <a href=\"#the-rooftop\"> -->\nText.\n\n## The rooftop {spoiler=s01e05}\n\nSECRET\n", Hidden()),
        Page("raw html: a link to no heading at all", "<p><a href=\"#nowhere\">x</a></p>\n", Error(DiagnosticCodes.FragmentNotFound, 4, 7)),
    ];
}
