using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 2: link reference definitions belong to the spoiler block or section they are written in.
/// A link shown earlier than its definition, or two definitions of a label at different levels, is an error.
/// </summary>
public static class LinkDefinitionCases
{
    private const string OutOfScope = DiagnosticCodes.LinkDefinitionOutOfScope;

    public static IEnumerable<SafetyCase> All =>
    [
        Page("link definition: hidden in a block, used before it", "See [the wiki][w].\n\n::: spoiler s01e05\n[w]: https://x.org/SECRET \"SECRET\"\n:::\n", Error(OutOfScope, 4, 5)),
        Page("link definition: hidden in a block, used after it", "::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n\nSee [w].\n", Error(OutOfScope, 8, 5)),
        Page("link definition: hidden in a section, used before it", "See [w][].\n\n## Later {spoiler=s01e05}\n\n[w]: https://x.org/SECRET\n", Error(OutOfScope, 4, 5)),
        Page("link definition: hidden in a section, used after the section", "## Later {spoiler=s01e05}\n\n[w]: https://x.org/SECRET\n\n## Open\n\nSee [w].\n", Error(OutOfScope, 10, 5)),
        Page("link definition: an image uses a hidden definition", "![picture][p]\n\n::: spoiler s01e05\n[p]: images/SECRET.png\n:::\n", Error(OutOfScope, 4, 1)),
        Page("link definition: a shortcut reference in a heading", "## See [w]\n\n::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n", Error(OutOfScope, 4, 8)),
        Page("link definition: used in an earlier block than its own", "::: spoiler s01e02\nSee [w].\n:::\n\n::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n", Error(OutOfScope, 5, 5)),
        Page("link definition: a nested block's definition used in the outer block", "::: spoiler s01e02\nSee [w].\n::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n:::\n", Error(OutOfScope, 5, 5)),
        Page("link definition: in a list item inside a block", "See [w].\n\n::: spoiler s01e05\n- item\n\n  [w]: https://x.org/SECRET\n:::\n", Error(OutOfScope, 4, 5)),
        Page("link definition: in a block that is never closed", "See [w].\n\n::: spoiler s01e05\nText.\n\n[w]: https://x.org/SECRET\n", Error(OutOfScope, 4, 5)),
        Page("link definition: a hidden one defined first overrides a visible one", "::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n\n[w]: https://x.org/public\n\nSee [w].\n", Error(DiagnosticCodes.LinkDefinitionConflict, 8, 1)),
        Page("link definition: a visible one defined first and a hidden one", "[W]: https://x.org/public\n\n::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n\nSee [w].\n", Error(DiagnosticCodes.LinkDefinitionConflict, 7, 1)),
        Page("link definition: a hidden link uses a hidden definition", "::: spoiler s01e05\nSee [w].\n\n[w]: https://x.org/SECRET\n:::\n", Hidden()),
        Page("link definition: a hidden link uses a visible definition", "[w]: https://x.org/public\n\n::: spoiler s01e05\nSee [SECRET][w].\n:::\n", Hidden()),
        Page("link definition: a hidden phrase holds a link to a hidden definition", "A [see [w]]{spoiler=s01e05}.\n\n::: spoiler s01e05\n[w]: https://x.org/SECRET\n:::\n", Hidden()),
        Page("link definition: after a closed block it is visible", "::: spoiler s01e05\nSECRET\n:::\n\n[w]: https://x.org/public-wiki\n\nSee [w].\n", Hidden()),
        Page("link definition: in a later section of the same page, used there", "## Open\n\n## Later {spoiler=s01e05}\n\nSee [w].\n\n[w]: https://x.org/SECRET\n", Hidden()),
        Page("link definition: two visible definitions of one label", "[w]: https://x.org/first\n[w]: https://x.org/second\n\nSee [w]. [SECRET]{spoiler=s01e05}\n", Hidden()),
        Page("link definition: a spoiler block between a line of text and a definition (attack 12, #13)",
            "Intro.\n\nText\n::: spoiler s01e05\nSECRET\n:::\n[a]: https://x.example\n\nSee [a].\n", Error(DiagnosticCodes.SpoilerSplitsParagraph, 7, 1)),
        Page("link definition: a spoiler block between a line of text and a definition, after another definition",
            "[b]: https://y.example\n\nText\n::: spoiler s01e05\nSECRET\n:::\n[a]: https://x.example\n\nSee [a] [b].\n", Error(DiagnosticCodes.SpoilerSplitsParagraph, 7, 1)),
        Page("link definition: a spoiler block ending a quote above a definition", "> Text\n> ::: spoiler s01e05\n> SECRET\n> :::\n[a]: https://x.example\n\nSee [a].\n",
            Error(DiagnosticCodes.SpoilerSplitsParagraph, 5, 3)),
        Page("link definition: a spoiler block between a line of text and a definition in a quote, which interrupts the text anyway",
            "Text\n::: spoiler s01e05\nSECRET\n:::\n> [a]: https://x.example\n\nSee [a].\n", Hidden()),
        Page("link definition: a phrase ending the line of a definition whose label holds a bracket",
            "[a\\]b]: https://x.example [SECRET]{spoiler=s01e05}\n\nSee [a\\]b].\n", Error(DiagnosticCodes.PhraseShapesLinkDefinition, 4, 27)),
        Page("link definition: a spoiler block between a line of text and a definition, a blank line after it",
            "Text\n::: spoiler s01e05\nSECRET\n:::\n\n[a]: https://x.example\n\nSee [a].\n", Hidden()),
        Page("link definition: a phrase ending a definition's line after its title (attack 12, #14)",
            "[a]: https://x.example \"t\" [SECRET]{spoiler=s01e05}\n\nSee [a].\n", Error(DiagnosticCodes.PhraseShapesLinkDefinition, 4, 28)),
        Page("link definition: a phrase ending a definition's line after its URL", "[a]: https://x.example [SECRET]{spoiler=s01e05}\n\nSee [a].\n",
            Error(DiagnosticCodes.PhraseShapesLinkDefinition, 4, 24)),
        Page("link definition: a phrase on the line of a definition's title", "[a]: https://x.example\n\"t\" [SECRET]{spoiler=s01e05}\n\nSee [a].\n",
            Error(DiagnosticCodes.PhraseShapesLinkDefinition, 5, 5)),
        Page("link definition: a phrase on the line of a definition's title in a quote", "> [a]: https://x.example\n> \"t\" [SECRET]{spoiler=s01e05}\n\nSee [a].\n",
            Error(DiagnosticCodes.PhraseShapesLinkDefinition, 5, 7)),
        Page("link definition: a phrase before a definition on its line", "[SECRET]{spoiler=s01e05}[a]: https://x.example\n\nSee [a].\n",
            Error(DiagnosticCodes.PhraseShapesLinkDefinition, 4, 1)),
        Page("link definition: a line like a definition that is text with or without the phrase", "[Note]: she says [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the line as text", read => read("start/page/index.html").Contains("<p>[Note]: she says</p>"))),
        Page("link definition: a paragraph starting with a link and holding a phrase", "[a](https://x.example): she [SECRET]{spoiler=s01e05} lives.\n", Hidden()),
    ];
}
