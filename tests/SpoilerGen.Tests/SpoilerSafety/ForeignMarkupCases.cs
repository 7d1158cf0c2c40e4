using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 1, continued: what an author might write instead of the documented markup: an episode id in
/// braces, another tool's attribute or shortcode syntax, a misspelt or invisibly split "spoiler", a link
/// whose URL is the attribute, and a front matter line that ended up in the body. Each is refused where
/// it is written, since printed as it is it would publish the text in every tree. The body starts at line 4.
/// </summary>
public static class ForeignMarkupCases
{
    private const string Lookalike = DiagnosticCodes.SpoilerMarkupLookalike;
    private const string Foreign = DiagnosticCodes.ForeignSpoilerSyntax;
    private const string Ambiguous = DiagnosticCodes.AmbiguousEpisodeInBraces;

    public static IEnumerable<SafetyCase> All =>
    [
        Page("foreign: an episode id alone in braces after a phrase", "A [SECRET]{s01e05} b.\n", Error(Ambiguous, 4, 11)),
        Page("foreign: an episode id alone in braces after a heading", "## SECRET {s01e05}\nText.\n", Error(Ambiguous, 4, 11)),
        Page("foreign: an episode id after '=' in braces", "A [SECRET]{=s01e05} b.\n", Error(Ambiguous, 4, 11)),
        Page("foreign: a class attribute", "A [SECRET]{.spoiler s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a class attribute without an episode", "A [SECRET]{.spoiler} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: an id attribute", "A [SECRET]{#spoiler-s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a heading with a class attribute", "## SECRET {.spoiler}\nText.\n", Error(Lookalike, 4, 11)),
        Page("foreign: the attribute in square brackets", "A [SECRET][spoiler=s01e05] b.\n", Error(Foreign, 4, 11)),
        Page("foreign: a heading with the attribute in square brackets", "## SECRET [spoiler=s01e05]\nText.\n", Error(Foreign, 4, 11)),
        Page("foreign: the attribute as a link's URL", "A [SECRET](spoiler=s01e05) b.\n", Error(Lookalike, 4, 3)),
        Page("foreign: a misspelt attribute (spoller)", "A [SECRET]{spoller=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a misspelt attribute (spiler)", "A [SECRET]{spiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a zero-width space inside 'spoiler'", "A [SECRET]{sp\u200Boiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a Hugo shortcode", "{{< spoiler s01e05 >}}SECRET{{< /spoiler >}}\n", Error(Foreign, 4, 1)),
        Page("foreign: a Liquid tag", "{% spoiler s01e05 %}SECRET{% endspoiler %}\n", Error(Foreign, 4, 1)),
        Page("foreign: a second front matter block in the body", "---\nspoiler: s01e05\n---\nSECRET\n", Error(Lookalike, 5, 1)),
        Page("foreign: a front matter line as a paragraph", "spoiler: s01e05\n\nSECRET\n", Error(Lookalike, 4, 1)),

        // Found by a second attack: a misspelt fence, an unclosed brace, HTML and other sites' syntax, full-width signs.
        Page("foreign: a misspelt fence (spolier) nested in a block", "::: spoiler s01e02\nA\n\n::: spolier s01e05\nSECRET\n:::\n", Error(Lookalike, 7, 1)),
        Page("foreign: a misspelt fence (spoilr) at the top", "::: spoilr s01e05\nSECRET\n", Error(Lookalike, 4, 1)),
        Page("foreign: full-width colons as a fence", "：：： spoiler s01e05\nSECRET\n", Error(Lookalike, 4, 1)),
        Page("foreign: an episode id in a brace never closed", "A [SECRET dies]{s01e05 b.\n", Error(Ambiguous, 4, 16)),
        Page("foreign: an episode id closed by a parenthesis", "A [SECRET dies]{s01e05) b.\n", Error(Ambiguous, 4, 16)),
        Page("foreign: full-width brackets and braces", "［SECRET dies］｛spoiler＝s01e05｝\n", Error(Lookalike, 4, 14)),
        Page("foreign: a data attribute in raw HTML", "<span data-spoiler=\"s01e05\">SECRET dies</span>\n", Error(Foreign, 4, 7)),
        Page("foreign: a spoiler element in raw HTML", "<spoiler s01e05>SECRET</spoiler>\n", Error(Foreign, 4, 1)),
        Page("foreign: BBCode with an episode", "[spoiler s01e05]SECRET[/spoiler]\n", Error(Foreign, 4, 1)),
        Page("foreign: a callout with an episode", "> [!spoiler] s01e05\n> SECRET\n", Error(Foreign, 4, 3)),
        Page("foreign: a code fence's info string", "```spoiler s01e05\nSECRET\n```\n", Error(Foreign, 4, 1)),
        Page("foreign: a stray 'spoiler id' line", "spoiler s01e05\n\nSECRET\n", Error(Lookalike, 4, 1)),
        Page("foreign: a link whose URL is an episode id", "A [SECRET dies](spoiler \"s01e05\") b.\n", Error(Lookalike, 4, 3)),
        Page("foreign: a setext heading ends a hidden section", "## The ending {spoiler=s01e05}\nSECRET dies in the fire.\n---\n\nMore.\n", Error(DiagnosticCodes.SectionEndsWithUnderlinedHeading, 6, 1)),
        Page("foreign: a rule after a blank line in a hidden section is honoured", "## The ending {spoiler=s01e05}\nSECRET dies in the fire.\n\n---\n\nMore.\n", Hidden()),

        // Words that only resemble the markup, in plain prose, are left alone.
        Page("foreign: prose with 'spoilers: none', spoiled, broiler and a double colon is honoured",
            "This page is safe (spoilers: none). [Spoilers: none]. The survivors {spoiled by the chaos} flee. The broiler {broiler}. Warning:: spoilers ahead.\n\nA [SECRET]{spoiler=s01e05}.\n", Hidden()),
        Page("foreign: prose that mentions spoilers is honoured", "Spoilers ahead (spoilers for the finale) and a {brace} or two.\n\nA [SECRET]{spoiler=s01e05}.\n", Hidden()),
        Page("foreign: our phrase whose text is the word 'hidden' is honoured, not taken for BBCode", "The door was [hidden]{spoiler=s01e05} all along. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, and plain text after its episode", read => !read("start/page/index.html").Contains("door was hidden all", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("door was hidden all", StringComparison.Ordinal))),
        Page("foreign: our phrase whose text is the word 'hide' is honoured, not taken for BBCode", "The door was [hide]{spoiler=s01e05} all along. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, and plain text after its episode", read => !read("start/page/index.html").Contains("door was hide all", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("door was hide all", StringComparison.Ordinal))),
        Page("foreign: our phrase whose text is the word 'spoilers' is honoured, not taken for BBCode", "The door was [spoilers]{spoiler=s01e05} all along. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, and plain text after its episode", read => !read("start/page/index.html").Contains("door was spoilers all", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("door was spoilers all", StringComparison.Ordinal))),
        Page("foreign: our phrase whose text is the word 'spoiler' is honoured, not taken for BBCode", "The door was [spoiler]{spoiler=s01e05} all along. [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, and plain text after its episode", read => !read("start/page/index.html").Contains("door was spoiler all", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("door was spoiler all", StringComparison.Ordinal))),
        Page("foreign: our phrase '[x]' inside a list item is honoured, not taken for a task's checkbox", "- item [x]{spoiler=s01e05} end\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, plain text after its episode, and no checkbox", read => !read("start/page/index.html").Contains("item x end", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("item x end", StringComparison.Ordinal) && !read("s01e06/page/index.html").Contains("checkbox", StringComparison.Ordinal))),
        Page("foreign: our phrase '[X]' inside a list item is honoured, not taken for a task's checkbox", "- item [X]{spoiler=s01e05} end\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, plain text after its episode, and no checkbox", read => !read("start/page/index.html").Contains("item X end", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("item X end", StringComparison.Ordinal) && !read("s01e06/page/index.html").Contains("checkbox", StringComparison.Ordinal))),
        Page("foreign: our phrase '[ ]' inside a list item is honoured, not taken for a task's checkbox", "- item [ ]{spoiler=s01e05} end\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the phrase is absent before s01e05, plain text after its episode, and no checkbox", read => !read("start/page/index.html").Contains("item   end", StringComparison.Ordinal) && read("s01e06/page/index.html").Contains("item   end", StringComparison.Ordinal) && !read("s01e06/page/index.html").Contains("checkbox", StringComparison.Ordinal))),
        Page("foreign: a task list item keeps its checkbox", "- [x] done\n- [ ] to do\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("both items have a checkbox", read => read("start/page/index.html").Split("type=\"checkbox\"").Length == 3)),
    ];
}
