using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// HTML comments, which every tree drops: spoiler markup inside one is swallowed with it, and a phrase opened
/// before a comment and closed inside it would be published as text. Such markup is refused where it stands;
/// a comment wholly inside a phrase, and a note about spoilers, still build.
/// </summary>
public static class CommentCases
{
    private const string Lookalike = DiagnosticCodes.SpoilerMarkupLookalike;

    public static IEnumerable<SafetyCase> All =>
    [
        Page("comment: a phrase closed inside a comment", "Nam-ra [SECRET <!-- check]{spoiler=s01e05} ep --> today.\n", Error(Lookalike, 4, 27)),
        Page("comment: a phrase closed inside a comment on the next line", "Nam-ra [SECRET <!--\nx]{spoiler=s01e05} -->\ntoday.\n", Error(Lookalike, 5, 3)),
        Page("comment: a phrase closed inside a comment in a list item", "- Nam-ra [SECRET <!-- check]{spoiler=s01e05} ep --> today.\n", Error(Lookalike, 4, 29)),
        Page("comment: a phrase closed inside a comment in a quote", "> Nam-ra [SECRET <!-- check]{spoiler=s01e05} ep --> today.\n", Error(Lookalike, 4, 29)),
        Page("comment: a phrase closed inside a comment in a table cell", "| a | [SECRET <!-- x]{spoiler=s01e05} y --> |\n|---|---|\n| 1 | 2 |\n", Error(Lookalike, 4, 22)),
        Page("comment: a heading's attribute inside a comment", "## Nam-ra SECRET <!-- {spoiler=s01e05} -->\n", Error(Lookalike, 4, 23)),
        Page("comment: a heading section commented out as a block", "<!--\n## Secret {spoiler=s01e05}\n-->\nNam-ra SECRET.\n", Error(Lookalike, 5, 11)),
        Page("comment: a spoiler block commented out", "<!-- ::: spoiler s01e05 -->\nSECRET\n", Error(Lookalike, 4, 1)),
        Page("comment: a whole phrase inside a comment", "Text <!-- [SECRET]{spoiler=s01e05} --> here.\n", Error(Lookalike, 4, 19)),
        Page("no false refusal: a comment wholly inside a phrase", "A [SECRET <!-- note -->]{spoiler=s01e05} here.\n", Hidden()),
        Page("no false refusal: a comment after a phrase on its line", "A [SECRET]{spoiler=s01e05} here <!-- a note: check the names -->.\n", Hidden()),
    ];
}
