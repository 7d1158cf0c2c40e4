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

    public static IEnumerable<SafetyCase> All =>
    [
        Page("foreign: an episode id alone in braces after a phrase", "A [SECRET]{s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: an episode id alone in braces after a heading", "## SECRET {s01e05}\nText.\n", Error(Lookalike, 4, 11)),
        Page("foreign: an episode id after '=' in braces", "A [SECRET]{=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a class attribute", "A [SECRET]{.spoiler s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a class attribute without an episode", "A [SECRET]{.spoiler} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: an id attribute", "A [SECRET]{#spoiler-s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a heading with a class attribute", "## SECRET {.spoiler}\nText.\n", Error(Lookalike, 4, 11)),
        Page("foreign: the attribute in square brackets", "A [SECRET][spoiler=s01e05] b.\n", Error(Lookalike, 4, 1)),
        Page("foreign: a heading with the attribute in square brackets", "## SECRET [spoiler=s01e05]\nText.\n", Error(Lookalike, 4, 1)),
        Page("foreign: the attribute as a link's URL", "A [SECRET](spoiler=s01e05) b.\n", Error(Lookalike, 4, 3)),
        Page("foreign: a misspelt attribute (spoller)", "A [SECRET]{spoller=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a misspelt attribute (spiler)", "A [SECRET]{spiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a zero-width space inside 'spoiler'", "A [SECRET]{sp\u200Boiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("foreign: a Hugo shortcode", "{{< spoiler s01e05 >}}SECRET{{< /spoiler >}}\n", Error(Lookalike, 4, 2)),
        Page("foreign: a Liquid tag", "{% spoiler s01e05 %}SECRET{% endspoiler %}\n", Error(Lookalike, 4, 1)),
        Page("foreign: a second front matter block in the body", "---\nspoiler: s01e05\n---\nSECRET\n", Error(Lookalike, 5, 1)),
        Page("foreign: a front matter line as a paragraph", "spoiler: s01e05\n\nSECRET\n", Error(Lookalike, 4, 1)),

        // Words that only resemble the markup, in plain prose, are left alone.
        Page("foreign: prose that mentions spoilers is honoured", "Spoilers ahead (spoilers for the finale) and a {brace} or two.\n\nA [SECRET]{spoiler=s01e05}.\n", Hidden()),
    ];
}
