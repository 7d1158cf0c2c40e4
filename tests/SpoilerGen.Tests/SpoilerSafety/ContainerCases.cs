using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 4: where blocks and sections end inside list items, blockquotes and other blocks. A block or
/// section ends with the container it is written in; when text follows that container, it is an error.
/// </summary>
public static class ContainerCases
{
    public static IEnumerable<SafetyCase> All =>
    [
        Page("container: a spoiler block between two bullet lists splits them", "- a\n\n::: spoiler s01e05\nSECRET\n:::\n\n- b\n", Error(DiagnosticCodes.SpoilerSplitsList, 6, 1)),
        Page("container: a spoiler block between two numbered lists splits them", "1. a\n\n::: spoiler s01e05\nSECRET\n:::\n\n2. b\n", Error(DiagnosticCodes.SpoilerSplitsList, 6, 1)),
        Page("container: two spoiler blocks between two lists split them", "- a\n\n::: spoiler s01e05\nSECRET\n:::\n\n::: spoiler s01e06\nSECRET\n:::\n\n- b\n", Error(DiagnosticCodes.SpoilerSplitsList, 6, 1)),
        Page("container: a spoiler block between lists that Markdown keeps apart", "- a\n\n::: spoiler s01e05\nSECRET\n:::\n\n* b\n", new Builds("SECRET")),
        Page("container: a spoiler block inside a list item", "- a\n\n  ::: spoiler s01e05\n  SECRET\n  :::\n\n- b\n", new Builds("SECRET")),
        Page("container: a block opened in a list item and closed outside it", "- item\n  ::: spoiler s01e05\n  SECRET\n\nSECRET too\n:::\n", Error(DiagnosticCodes.SpoilerBlockEndsWithContainer, 5, 3)),
        Page("container: a block opened in a list item, next item follows", "- item\n  ::: spoiler s01e05\n  SECRET\n- next\n", Error(DiagnosticCodes.SpoilerBlockEndsWithContainer, 5, 3)),
        Page("container: a block opened in a blockquote and closed outside it", "> ::: spoiler s01e05\n> SECRET\n\n:::\nAfter.\n", Error(DiagnosticCodes.SpoilerBlockEndsWithContainer, 4, 3)),
        Page("container: a block in a list item closed inside it", "- item\n  ::: spoiler s01e05\n  SECRET\n  :::\n- next\n", Hidden()),
        Page("container: a block in a blockquote closed inside it", "> ::: spoiler s01e05\n> SECRET\n> :::\n\nAfter.\n", Hidden()),
        Page("container: a stray closing fence", "Text.\n\n:::\n", Error(DiagnosticCodes.StrayClosingFence, 6, 1)),
        Page("container: a closing fence shorter than its opening", ":::: spoiler s01e05\nSECRET\n:::\n", Error(DiagnosticCodes.StrayClosingFence, 6, 1)),
        Page("container: a closing fence right after a paragraph line", "::: spoiler s01e05\nSECRET\n:::\nAfter.\n", Hidden()),
        Page("container: a section in a list item followed by more items", "- ## Twist {spoiler=s01e05}\n  SECRET\n- after\n", Error(DiagnosticCodes.SectionEndsWithContainer, 4, 3)),
        Page("container: a section in a blockquote followed by text", "> ## Twist {spoiler=s01e05}\n> SECRET\n\nSECRET after the quote\n", Error(DiagnosticCodes.SectionEndsWithContainer, 4, 3)),
        Page("container: a section in a block followed by text", "::: spoiler s01e02\n## Twist {spoiler=s01e05}\nSECRET\n:::\nMore SECRET\n", Error(DiagnosticCodes.SectionEndsWithContainer, 5, 1)),
        Page("container: a section in a block followed by a heading of its rank", "::: spoiler s01e02\n## Twist {spoiler=s01e05}\nSECRET\n:::\n## Open\nText.\n", Hidden()),
        Page("container: a section at the end of a block at the end of the page", "::: spoiler s01e02\n## Twist {spoiler=s01e05}\nSECRET\n:::\n", Hidden()),
        Page("container: a section in a blockquote at the end of the page", "> ## Twist {spoiler=s01e05}\n> SECRET\n", Hidden()),
        Page("container: nested sections end at the next heading of their rank", "## A {spoiler=s01e02}\n### B {spoiler=s01e05}\nSECRET\n## C\nOpen.\n", Hidden()),
        Page("container: a block never closed runs to the end of the page", "Open.\n\n::: spoiler s01e05\nSECRET\n", Hidden()),
        Page("container: a block inside a block", "::: spoiler s01e02\nA\n\n::: spoiler s01e05\nSECRET\n:::\nB\n:::\n", Hidden()),
        Page("container: a block inside a block, between two lines of one paragraph", "::: spoiler s01e02\nA\n::: spoiler s01e05\nSECRET\n:::\nB\n:::\n", Error(DiagnosticCodes.SpoilerSplitsParagraph, 6, 1)),
        Page("container: a fence in a fenced code block inside a block", "::: spoiler s01e05\n```\n:::\n```\nSECRET\n:::\n", Hidden()),
        Page("container: a code fence left open in a spoiler block takes its fence", "Before.\n\n::: spoiler s01e05\n```\nSECRET\n:::\n\nShown after.\n", Error(DiagnosticCodes.UnclosedInsideHiddenPart, 7, 1)),
        Page("container: an inner spoiler block takes the outer block's fence", "Before.\n\n::: spoiler s01e05\n::: spoiler s01e06\nSECRET\n:::\n\nShown after.\n", Error(DiagnosticCodes.SpoilerBlockClosedByInnerBlock, 6, 1)),
        Page("container: a code fence left open in a heading's section takes the next heading", "## Twist {spoiler=s01e05}\n\n```\nSECRET\n\n## Next\n\nShown text.\n", Error(DiagnosticCodes.UnclosedInsideHiddenPart, 6, 1)),
        Page("container: a spoiler block left open in a heading's section takes the next heading", "## Twist {spoiler=s01e05}\n\n::: spoiler s01e06\nSECRET\n\n## Next\n\nShown text.\n", Error(DiagnosticCodes.SpoilerBlockClosedByInnerBlock, 6, 1)),
        Page("container: a comment left open in a heading's section takes the next heading", "## Twist {spoiler=s01e05}\n\n<!--\nSECRET\n\n## Next\n\nShown text.\n", Error(DiagnosticCodes.UnclosedInsideHiddenPart, 6, 1)),
        Page("container: an inner block left open in a list item inside a block", "::: spoiler s01e05\n- item\n  ::: spoiler s01e06\n  SECRET\n- next\n:::\n\nShown.\n",
            Error(DiagnosticCodes.SpoilerBlockEndsWithContainer, 6, 3)),
        Page("container: a closed code fence holding ':::' in a spoiler block", "::: spoiler s01e05\n```\nSECRET\n:::\n```\n:::\n\nShown after.\n",
            new BuildsAnd("shows the text after the block", read => read("start/page/index.html").Contains("Shown after."))),
        Page("container: nested spoiler blocks each closed", "::: spoiler s01e05\n::: spoiler s01e06\nSECRET\n:::\n:::\n\nShown after.\n",
            new BuildsAnd("shows the text after the blocks", read => read("start/page/index.html").Contains("Shown after."))),
        Page("container: an HTML block ending a hidden section takes the next heading", "Intro.\n\n## Twist {spoiler=s01e05}\n\nSECRET\n<div class=\"note\">A note.</div>\n## Cast\n\nShown.\n",
            Error(DiagnosticCodes.UnclosedInsideHiddenPart, 10, 1)).WithRawHtml(),
        Page("container: an HTML block ending a hidden section before a lower heading", "## Twist {spoiler=s01e05}\n\nSECRET\n<div>A note.</div>\n### Inside\n\nSECRET too\n",
            Hidden()).WithRawHtml(),
        Page("container: an HTML block takes a marked heading", "Intro.\n<div>A note.</div>\n## Twist {spoiler=s01e05}\nSECRET\n",
            Error(DiagnosticCodes.UnclosedInsideHiddenPart, 6, 1)).WithRawHtml(),
        Page("container: an HTML block ending a hidden section, a blank line before the heading", "## Twist {spoiler=s01e05}\n\nSECRET\n<div>A note.</div>\n\n## Cast\n\nShown.\n",
            Hidden()).WithRawHtml(),
    ];
}
