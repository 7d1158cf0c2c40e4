using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

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
        Page("shape: hidden phrases in strong, struck and marked text leave no empty element", "Visible **[SECRET]{spoiler=s01e05}** text ~~[x]{spoiler=s01e05}~~ and ==[y]{spoiler=s01e05}== end.\n",
            StartPage("the text without them", html => html.Contains("<p>Visible text and end.</p>"))),
        Page("shape: a hidden phrase between two words leaves one space", "Alpha [SECRET]{spoiler=s01e05} beta.\n\n*Gamma [SECRET]{spoiler=s01e05}* delta.\n",
            StartPage("one space, none at an edge", html => html.Contains("<p>Alpha beta.</p>") && html.Contains("<p><em>Gamma</em> delta.</p>"))),
        Page("shape: two hidden phrases ending a paragraph or emphasis leave no trailing space", "Alpha [SECRET]{spoiler=s01e05} [more]{spoiler=s01e05}\n\n*Beta [SECRET]{spoiler=s01e05} [more]{spoiler=s01e05}* end.\n",
            StartPage("no space before the end", html => html.Contains("<p>Alpha</p>") && html.Contains("<p><em>Beta</em> end.</p>"))),
        Page("shape: a hidden line between two hard breaks leaves one break", "Line one  \n[SECRET]{spoiler=s01e05}  \nLine three\n",
            StartPage("one break", html => html.Contains("<p>Line one<br />\nLine three</p>"))),
        Page("shape: a hidden first and last line leave no line end", "[SECRET]{spoiler=s01e05}\nMiddle\n[more]{spoiler=s01e05}\n",
            StartPage("the middle line alone", html => html.Contains("<p>Middle</p>"))),
        Page("shape: a table column whose every cell is hidden is left out", "| Name | [SECRET]{spoiler=s01e05} |\n|---|---|\n| On-jo | [lives]{spoiler=s01e05} |\n",
            StartPage("one column", html => html.Contains("<th>Name</th>") && html.Contains("<td>On-jo</td>") && !html.Contains("<th></th>") && !html.Contains("<td></td>"))),
        Page("shape: a hidden table row wider than the header leaves the table as wide as its header",
            "| Name | Fate |\n|---|---|\n| On-jo | lives |\n| [SECRET]{spoiler=s01e05} | [x]{spoiler=s01e05} | [y]{spoiler=s01e05} |\n",
            StartPage("two columns", html => html.Contains("<td>lives</td>\n</tr>") && !html.Contains("<th></th>") && !html.Contains("<td></td>"))),
        Page("shape: a shown table row wider than the header loses its extra cells, as on GitHub",
            "| Name | Fate |\n|---|---|\n| On-jo | lives | extra |\n| [SECRET]{spoiler=s01e05} | x |\n",
            StartPage("two columns", html => html.Contains("<td>lives</td>\n</tr>") && !html.Contains("extra"))),
        Page("shape: a table cell hidden alone stays, empty", "| Name | Fate |\n|---|---|\n| On-jo | [SECRET]{spoiler=s01e05} |\n| Su-hyeok | lives |\n",
            StartPage("the columns line up", html => html.Contains("<td></td>") && html.Contains("<th>Fate</th>"))),
        Page("shape: a paragraph of only hidden phrases between two lists", "- a\n\n[SECRET]{spoiler=s01e05}\n\n- b\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerSplitsList, 6, 1)),
        Page("shape: a quote of only hidden phrases between two numbered lists", "1. a\n\n> [SECRET]{spoiler=s01e05}\n\n2. b\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerSplitsList, 6, 1)),
        Page("shape: a paragraph of only hidden phrases between two lists in an item", "- a\n  - x\n\n  [SECRET]{spoiler=s01e05}\n\n  - y\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerSplitsList, 7, 3)),
        Page("shape: a paragraph of only hidden phrases between two indented code blocks", "Text.\n\n    code one\n\n[SECRET]{spoiler=s01e05} [more]{spoiler=s01e06}\n\n    code two\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerSplitsCodeBlock, 8, 1)),
        Page("shape: a paragraph of only hidden phrases between a list and indented code", "- a\n\n[SECRET]{spoiler=s01e05}\n\n    code\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerEndsListItem, 6, 1)),
        Page("shape: a spoiler block between a list and text indented under its last item", "- a\n\n::: spoiler s01e05\nSECRET\n:::\n\n  more\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerEndsListItem, 6, 1)),
        Page("shape: a spoiler block between a list and text one space in, short of the item's text", "- a\n\n::: spoiler s01e05\nSECRET\n:::\n\n more\n",
            StartPage("the list, then the text", html => html.Contains("<li>a</li>\n</ul>\n<p>more</p>"))),
        Page("shape: a spoiler block between a numbered list and text two spaces in, short of the item's text", "1. a\n\n::: spoiler s01e05\nSECRET\n:::\n\n  more\n",
            StartPage("the list, then the text", html => html.Contains("<li>a</li>\n</ol>\n<p>more</p>"))),
        Page("shape: a spoiler block between a numbered list and text under the item's text", "1. a\n\n::: spoiler s01e05\nSECRET\n:::\n\n   more\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerEndsListItem, 6, 1)),
        Page("shape: a paragraph of only hidden phrases after a list, then text at the margin", "- a\n- b\n\n[SECRET]{spoiler=s01e05}\n\nText.\n",
            StartPage("the list, then the text", html => html.Contains("<li>a</li>\n<li>b</li>\n</ul>\n<p>Text.</p>"))),
        Page("shape: a numbered list whose first item is hidden starts at the next number", "3. [SECRET]{spoiler=s01e05}\n4. four\n5. five\n",
            StartPage("start 4", html => html.Contains("<ol start=\"4\">\n<li>four</li>"))),
        Page("shape: a hidden last item of a nested list, after a blank line, leaves both lists tight", "- a\n  - x\n\n  - [SECRET]{spoiler=s01e05}\n- b\n",
            StartPage("tight items", html => html.Contains("<li>x</li>") && html.Contains("<li>b</li>"))),
        Page("shape: a heading made only of hidden phrases between two lists", "- a\n\n## [SECRET]{spoiler=s01e05}\n\n- b\n",
            SafetyOutcome.Error(DiagnosticCodes.SpoilerSplitsList, 6, 1)),
        Page("shape: a blank line after a hidden item is the shown list's (it is loose), one before it is the item's", "- one\n- [SECRET]{spoiler=s01e05}\n\n- three\n\nText.\n\n- four\n\n- [SECRET]{spoiler=s01e05}\n- five\n",
            StartPage("loose, then tight", html => html.Contains("<li><p>one</p>") && html.Contains("<li><p>three</p>") && html.Contains("<li>four</li>\n<li>five</li>"))),
        Page("shape: a table row whose every cell is hidden is left out", "| Name | Fate |\n|---|---|\n| [SECRET]{spoiler=s01e05} | [dies]{spoiler=s01e05} |\n| On-jo | lives |\n",
            StartPage("one body row", html => html.Split("<tr>").Length == 3 && !html.Contains("<td></td>"))),
        // A link in a phrase inside another link's text made Markdown give up the outer link: plain text in every tree (attack 9, #01).
        Page("shape: an inline link in a phrase inside a link's text", "Before [foo [[bar](https://u2.example/)]{spoiler=s01e04}](https://u1.example/) after.\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 14)),
        Page("shape: a full reference link in a phrase inside a link's text", "Before [foo [[bar][r]]{spoiler=s01e04}](https://u1.example/) after.\n\n[r]: https://r.example/\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 14)),
        Page("shape: a shortcut reference in a phrase inside a link's text", "Before [foo [[r]]{spoiler=s01e04}](https://u1.example/) after.\n\n[r]: https://r.example/\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 14)),
        Page("shape: a footnote reference in a phrase inside a link's text", "Before [foo [x[^1]]{spoiler=s01e04}](https://u1.example/) after.\n\n[^1]: note\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 15)),
        Page("shape: a link in a phrase inside a reference link's text", "Before [foo [[bar](https://u2.example/)]{spoiler=s01e04}][r] after.\n\n[r]: https://r.example/\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 14)),
        Page("shape: a link in a phrase in a phrase inside a link's text", "Before [foo [a [[SECRET](https://u2.example/)]{spoiler=s01e05}]{spoiler=s01e03}](https://u1.example/) after.\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 17)),
        Page("shape: a link in a phrase inside a link written in an outer phrase", "[x [foo [[SECRET](https://u2.example/)]{spoiler=s01e05}](https://u1.example/)]{spoiler=s01e02}\n",
            Error(DiagnosticCodes.PhraseLinkInsideLink, 4, 10)),
        Page("shape: a link in a phrase inside brackets that are no link", "Before [foo [[SECRET](https://u2.example/)]{spoiler=s01e05}] after.\n",
            StartPage("the brackets are text, as without the phrase's link", html => html.Contains("<p>Before [foo ] after.</p>"))),
        Page("shape: a link in a phrase in an image's description", "Before ![foo [[SECRET](https://u2.example/)]{spoiler=s01e05}](https://img.example/x.png) after.\n",
            StartPage("the image is an image, its description without the phrase", html => html.Contains("<img src=\"https://img.example/x.png\" alt=\"foo\""))),
        Page("shape: a link in a phrase, no link around it", "Before [see [the SECRET wiki](https://u2.example/)]{spoiler=s01e05} after.\n", Hidden()),
    ];
}
