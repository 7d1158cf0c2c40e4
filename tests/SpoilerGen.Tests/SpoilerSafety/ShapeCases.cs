using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 11: hidden content must not change the shape of what an earlier tree shows. A list is loose or
/// tight by the items and blocks the tree shows; what cannot be shown as the page without the spoiler would
/// be shown is an error at the spoiler.
/// </summary>
public static class ShapeCases
{
    private static SafetyOutcome.BuildsAnd StartPage(string description, Func<string, bool> check) =>
        new(description, read => check(read("start/page/index.html")) && !read("start/page/index.html").Contains("SECRET"));

    public static IEnumerable<SafetyCase> All =>
    [
        Page("shape: a hidden item with two paragraphs leaves the list tight", "- one\n- [SECRET]{spoiler=s01e05}\n\n  [more]{spoiler=s01e05}\n- three\n",
            StartPage("tight items", html => html.Contains("<li>one</li>") && html.Contains("<li>three</li>"))),
        Page("shape: a spoiler block with a blank line in an item leaves the list tight", "- one\n\n  ::: spoiler s01e05\n  SECRET\n\n  more\n  :::\n- three\n",
            StartPage("tight items", html => html.Contains("<li>one</li>") && html.Contains("<li>three</li>"))),
        Page("shape: a hidden last paragraph of an item leaves the list tight", "- one\n\n  [SECRET]{spoiler=s01e05}\n- three\n",
            StartPage("tight items", html => html.Contains("<li>one</li>") && html.Contains("<li>three</li>"))),
        Page("shape: a loose list with a hidden item stays loose", "- one\n\n- [SECRET]{spoiler=s01e05}\n\n- three\n",
            StartPage("loose items", html => html.Contains("<li><p>one</p>") && html.Contains("<li><p>three</p>"))),
        Page("shape: a loose list whose only other items are hidden is one tight item", "- [SECRET]{spoiler=s01e05}\n\n- one\n",
            StartPage("a tight item", html => html.Contains("<li>one</li>"))),
        Page("shape: a spoiler block between two indented code blocks", "Text.\n\n    code one\n\n::: spoiler s01e05\nSECRET\n:::\n\n    code two\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerSplitsCodeBlock, 8, 1)),
        Page("shape: a spoiler block between fenced code blocks is fine", "```\ncode one\n```\n\n::: spoiler s01e05\nSECRET\n:::\n\n```\ncode two\n```\n",
            SafetyOutcome.Hidden()),
    ];
}
