using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Issue 14's markup families: raw HTML off by default (and its ids scoped like headings when a site allows it),
/// other tools' syntaxes that the generated block does not cover, and texts that must not be refused (data keyed
/// by episode in code, an episode id in the middle of a sentence, '{4/5}' with numbered episodes, prose about spoilers).
/// </summary>
public static class MarkupDefaultCases
{
    private const string Foreign = DiagnosticCodes.ForeignSpoilerSyntax;
    private const string RawHtml = DiagnosticCodes.RawHtmlNotAllowed;

    public static IEnumerable<SafetyCase> All => [.. RawHtmlOff, .. RawHtmlAnchors, .. MoreSyntaxes, .. NoFalseRefusals];

    private static IEnumerable<SafetyCase> RawHtmlOff =>
    [
        Page("raw html off: a block", "<div>SECRET</div>\n", Error(RawHtml, 4, 1)),
        Page("raw html off: an inline tag", "A <b>SECRET</b> b.\n", Error(RawHtml, 4, 3)),
        Page("raw html off: a line break tag", "A line<br>and another.\n", Error(RawHtml, 4, 7)),
        Page("raw html off: an anchor", "<a id=\"her-death\"></a>\n\nText.\n", Error(RawHtml, 4, 1)),
        Page("raw html off: a tag in a list item", "- a <i>b</i>\n", Error(RawHtml, 4, 5)),
        Page("raw html off: a tag in a spoiler block", "::: spoiler s01e05\nA <b>SECRET</b>.\n:::\n", Error(RawHtml, 5, 3)),
        Page("raw html off: text after a comment on its line is raw HTML", "<!-- note -->*bar*\n", Error(RawHtml, 4, 1)),
        Page("raw html off: a comment block is dropped without error", "<!-- SECRET note -->\n\nText.\n", Dropped("SECRET")),
        Page("raw html off: an inline comment is dropped without error", "Hello <!-- SECRET --> world.\n", Dropped("SECRET")),
        Page("raw html off: a comment over several lines is dropped without error", "<!--\nSECRET\nnote\n-->\n\nText.\n", Dropped("SECRET")),
    ];

    /// <summary>Family 5: with raw HTML allowed, its ids are anchors shown where their HTML is, as headings are.</summary>
    private static IEnumerable<SafetyCase> RawHtmlAnchors =>
    [
        Page("raw html anchor: an id in a hidden block, linked from outside it",
            "::: spoiler s01e05\n<a id=\"her-death\"></a>SECRET dies.\n\n:::\n\nSee [her last scene](#her-death).\n", Hidden("her-death")).WithRawHtml(),
        Page("raw html anchor: a name in a hidden phrase, linked from outside it",
            "A [<a name=\"her-death\"></a>SECRET dies]{spoiler=s01e05}.\n\nSee [her last scene](#her-death).\n", Hidden("her-death")).WithRawHtml(),
        new("raw html anchor: an id in a hidden block, linked from another page", new Dictionary<string, string>
        {
            [PagePath] = "---\ntitle: Page\n---\n::: spoiler s01e05\n<span id=\"her-death\">SECRET dies.</span>\n\n:::\n",
            ["content/other.md"] = "---\ntitle: Other\n---\nSee [her last scene](page.md#her-death).\n",
        }, Hidden("her-death")) { RawHtml = true },
        Page("raw html anchor: a link to an id no HTML has is still refused", "See [below](#nowhere).\n\n<a id=\"anchor\"></a>\n", Error(DiagnosticCodes.FragmentNotFound, 4, 5)).WithRawHtml(),
        Page("raw html anchor: spoiler markup inside allowed HTML is still refused", "<div>\n[SECRET]{spoiler=s01e05}\n</div>\n", Error(DiagnosticCodes.SpoilerMarkupLookalike, 5, 9)).WithRawHtml(),
        Page("raw html anchor: other tools' syntax inside allowed HTML is still refused", "<p hidden>SECRET</p>\n", Error(Foreign, 4, 1)).WithRawHtml(),
    ];

    private static IEnumerable<SafetyCase> MoreSyntaxes =>
    [
        Page("more syntaxes: major spoiler and an episode in prose", "Major spoiler: s01e05 SECRET dies.\n", Error(DiagnosticCodes.SpoilerMarkupLookalike, 4, 7)),
        Page("more syntaxes: bbcode over several lines", "[spoiler]\nSECRET dies\n[/spoiler]\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: xenforo inline spoiler", "Then [ISPOILER]SECRET dies[/ISPOILER].\n", Error(Foreign, 4, 6)),
        Page("more syntaxes: discourse details", "[details=\"Spoiler\"]\nSECRET dies\n[/details]\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: vbulletin hide", "[hide]SECRET dies[/hide]\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: mediawiki hidden template", "{{hidden|Who dies|SECRET}}\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: mediawiki collapse top", "{{collapse top|Ending}}\nSECRET dies\n{{collapse bottom}}\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: matrix spoiler attribute", "<span data-mx-spoiler>SECRET dies</span>\n", Error(Foreign, 4, 7)),
        Page("more syntaxes: fandom collapsible class", "<div class=\"mw-collapsible mw-collapsed\">SECRET dies</div>\n", Error(Foreign, 4, 6)),
        Page("more syntaxes: folding obsidian callout", "> [!faq]- Who dies?\n> SECRET\n", Error(Foreign, 4, 3)),
        Page("more syntaxes: asciidoc collapsible", "[%collapsible]\n====\nSECRET dies\n====\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: asciidoc block title", ".Spoilers\n====\nSECRET dies\n====\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: logseq collapsed block", "- Ending\n  collapsed:: true\n  - SECRET dies\n", Error(Foreign, 5, 3)),
        Page("more syntaxes: tumblr read more", "Intro.\n\n[[MORE]]\n\nSECRET dies.\n", Error(Foreign, 6, 1)),
        Page("more syntaxes: stack exchange spoiler line", ">! SECRET dies\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: reddit in a link's text", "[>!SECRET!<](https://example.org)\n", Error(Foreign, 4, 2)),
        Page("more syntaxes: a misspelt bbcode", "[spolier]SECRET dies[/spolier]\n", Error(Foreign, 4, 1)),
        Page("more syntaxes: a vitepress details container", "::: details Spoiler\nSECRET dies\n:::\n", Error(DiagnosticCodes.ForeignContainer, 4, 1)),
        Page("more syntaxes: a tip container", ":::tip\nA tip.\n:::\n", Error(DiagnosticCodes.ForeignContainer, 4, 1)),
        Page("more syntaxes: a note container with a space", "::: note\nA note.\n:::\n", Error(DiagnosticCodes.ForeignContainer, 4, 1)),
        Page("more syntaxes: a lemmy spoiler with a title", "::: spoiler Who dies\nSECRET\n:::\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 4, 1)),
        Page("more syntaxes: an episode id in braces after a phrase", "A [recap]{s01e02} here.\n", Error(DiagnosticCodes.AmbiguousEpisodeInBraces, 4, 10)),
    ];

    private static IEnumerable<SafetyCase> NoFalseRefusals =>
    [
        Page("no false refusal: json keyed by episode in a code block", "```json\n{\"s01e02\": \"Recap\", \"s01e03\": {\"score\": 4}}\n```\n\nA [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("prints the JSON", read => read("start/page/index.html").Contains("s01e02"))),
        Page("no false refusal: front matter shown in a code block", "```yaml\nspoiler: s01e05\n```\n\nA [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("prints the YAML", read => read("start/page/index.html").Contains("spoiler: s01e05"))),
        Page("no false refusal: an episode id in braces in a sentence", "The recap {s01e02} is coming soon.\n\nA [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("prints the braces", read => read("start/page/index.html").Contains("The recap {s01e02} is coming soon."))),
        new("no false refusal: a rating in braces with numbered episodes", new Dictionary<string, string>
        {
            ["spoilergen.yml"] = "title: Guide\nbase_url: https://example.org/\nseries:\n  seasons:\n    - number: 1\n      episodes:\n"
                + string.Concat(Enumerable.Range(1, 12).Select(i => $"        - id: \"{i}\"\n")),
            [PagePath] = "---\ntitle: Page\n---\n## Rated {4/5}\n\nRated {4/5}\n\nRated {4/5}, says the critic.\n",
        }, new BuildsAnd("prints the rating", read => read("start/page/index.html").Contains("Rated {4/5}, says the critic."))),
        Page("no false refusal: prose about spoilers", "Spoilers ahead! I was spoiled, sadly. [Spoiler warning] for fans: a || b, x | | y.\n\n| A | | B |\n| --- | --- | --- |\n| 1 | | 2 |\n\nA [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("prints the prose", read => read("start/page/index.html").Contains("I was spoiled"))),
        new("no false refusal: a link whose text is Spoilers", new Dictionary<string, string>
        {
            [PagePath] = "---\ntitle: Page\n---\nRead the [Spoilers](other.md) page.\n\nA [SECRET]{spoiler=s01e05}.\n",
            ["content/other.md"] = "---\ntitle: Other\n---\nText.\n",
        }, new BuildsAnd("links the page", read => read("start/page/index.html").Contains(">Spoilers</a>"))),
        Page("no false refusal: a comment note that mentions spoilers", "<!-- TODO: check the spoilers for s01e05 here -->\n\nText. A [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("drops the note", read => !read("start/page/index.html").Contains("TODO"))),
        Page("no false refusal: a phrase '[x]' at a list item's start is not a checkbox", "- a\n  - [x]{spoiler=s01e05} and [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("no tree holds a checkbox", read => !read("start/page/index.html").Contains("checkbox") && !read("s01e05/page/index.html").Contains("checkbox"))),
    ];
}
