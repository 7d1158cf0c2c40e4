using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 1: markup that is almost right, or right but where Markdown does not read it (code, raw HTML,
/// a link's title, front matter). Each is refused where it is written; the documented forms, and the
/// variants accepted on purpose, are honoured. The page's body starts at line 4.
/// </summary>
public static class NearMissMarkupCases
{
    private const string Lookalike = DiagnosticCodes.SpoilerMarkupLookalike;

    public static IEnumerable<SafetyCase> All =>
    [
        // The documented forms, and the harmless variants accepted on purpose.
        Page("near-miss: a documented phrase is honoured", "A [SECRET twist]{spoiler=s01e05}.\n", Hidden()),
        Page("near-miss: a documented block is honoured", "::: spoiler s01e05\nSECRET\n:::\n", Hidden()),
        Page("near-miss: a documented heading section is honoured", "## Twist {spoiler=s01e05}\nSECRET\n", Hidden()),
        Page("near-miss: spaces inside a heading's braces are accepted", "## Twist { spoiler = s01e05 }\nSECRET\n", Hidden()),
        Page("near-miss: a block fence without a space is accepted", ":::spoiler s01e05\nSECRET\n:::\n", Hidden()),
        Page("near-miss: a longer block fence is accepted", ":::: spoiler s01e05\nSECRET\n::::\n", Hidden()),

        // Headings.
        Page("near-miss: heading attribute with a colon", "## Twist {spoiler: s01e05}\nSECRET\n", Error(Lookalike, 4, 10)),
        Page("near-miss: heading attribute without a space before it", "## Twist{spoiler=s01e05}\nSECRET\n", Error(Lookalike, 4, 9)),
        Page("near-miss: heading attribute before closing hashes", "## Twist {spoiler=s01e05} ##\nSECRET\n", Error(Lookalike, 4, 10)),
        Page("near-miss: setext heading with an attribute", "Twist {spoiler=s01e05}\n-----\nSECRET\n", Error(Lookalike, 4, 7)),
        Page("near-miss: heading attribute in upper case", "## Twist {Spoiler=s01e05}\nSECRET\n", Error(Lookalike, 4, 10)),
        Page("near-miss: heading attribute misspelt in the plural", "## Twist {spoilers=s01e05}\nSECRET\n", Error(Lookalike, 4, 10)),

        // Phrases.
        Page("near-miss: phrase attribute with inner spaces", "A [SECRET]{ spoiler=s01e05 } b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: phrase attribute after a space", "A [SECRET] {spoiler=s01e05} b.\n", Error(Lookalike, 4, 12)),
        Page("near-miss: phrase attribute in upper case", "A [SECRET]{Spoiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: phrase attribute with a colon", "A [SECRET]{spoiler: s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: phrase attribute with spaces around '='", "A [SECRET]{spoiler = s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: phrase attribute with a trailing space", "A [SECRET]{spoiler=s01e05 } b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: phrase with round brackets", "A (SECRET){spoiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: an attribute on its own", "SECRET {spoiler=s01e05}\n", Error(Lookalike, 4, 8)),
        Page("near-miss: an escaped brace", "A [SECRET]\\{spoiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: a brace written as an entity", "A [SECRET]&#123;spoiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: an attribute whose brace went missing", "A [SECRET]spoiler=s01e05} b.\n", Error(Lookalike, 4, 11)),
        Page("near-miss: a phrase in a table cell", "| a | b |\n|---|---|\n| [SECRET]{Spoiler=s01e05} | c |\n", Error(Lookalike, 6, 11)),
        Page("near-miss: a phrase in image alt text", "![SECRET {spoiler=s01e05}](x.png)\n", Error(Lookalike, 4, 10)),
        Page("near-miss: an attribute joined across a hidden phrase", "A {[x]{spoiler=s01e02}spoiler=s01e05} b.\n", Error(Lookalike, 4, 3)),

        // Blocks.
        Page("near-miss: block keyword capitalised", "::: Spoiler s01e05\nSECRET\n:::\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 4, 1)),
        Page("near-miss: block keyword in upper case", "::: SPOILER s01e05\nSECRET\n:::\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 4, 1)),
        Page("near-miss: block keyword with a colon", "::: spoiler: s01e05\nSECRET\n:::\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 4, 1)),
        Page("near-miss: block keyword with '='", "::: spoiler=s01e05\nSECRET\n:::\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 4, 1)),
        Page("near-miss: block with two episodes", "::: spoiler s01e05 s01e06\nSECRET\n:::\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 4, 1)),
        Page("near-miss: block fence of two colons", ":: spoiler s01e05\nSECRET\n::\n", Error(Lookalike, 4, 1)),
        Page("near-miss: block line indented into a code block", "Text.\n\n    ::: spoiler s01e05\n    SECRET\n    :::\n", Error(Lookalike, 6, 5)),
        Page("near-miss: block line over-indented in a list item", "- item\n\n      ::: spoiler s01e05\n      SECRET\n      :::\n", Error(Lookalike, 6, 7)),
        Page("near-miss: block line inside a paragraph after a hard break", "Text.\\\n::: Spoiler s01e05\n", Error(DiagnosticCodes.MalformedSpoilerMarkup, 5, 1)),

        // Markup where Markdown is not read.
        Page("near-miss: markup in a code span", "Use `[SECRET]{spoiler=s01e05}` here.\n", Error(Lookalike, 4, 5)),
        Page("near-miss: markup in a fenced code block", "```\n[SECRET]{spoiler=s01e05}\n```\n", Error(Lookalike, 5, 9)),
        Page("near-miss: a block in a fenced code block", "~~~\n::: spoiler s01e05\nSECRET\n:::\n~~~\n", Error(Lookalike, 5, 1)),
        Page("near-miss: markup in a link title", "[x](https://x.org \"[SECRET]{spoiler=s01e05}\")\n", Error(Lookalike, 4, 1)),
        Page("near-miss: markup in a link URL", "[x](https://x.org/{spoiler=s01e05})\n", Error(Lookalike, 4, 1)),
        Page("near-miss: markup in an inline HTML attribute", "A <span title=\"[SECRET]{spoiler=s01e05}\">b</span>\n", Error(Lookalike, 4, 3)),
        File("near-miss: markup in a front matter title", "content/page.md", "---\ntitle: \"Nam-ra [dies]{spoiler=s01e05}\"\n---\nBody.\n", Error(Lookalike, 2, 8)),
        File("near-miss: markup in a front matter summary", "content/page.md", "---\ntitle: Page\nsummary: She [SECRET]{spoiler=s01e05}\n---\nBody.\n", Error(Lookalike, 3, 10)),
        File("near-miss: markup in a progressive title's value", "content/page.md", "---\ntitle:\n  start: A\n  s01e02: B {spoiler=s01e05}\n---\nBody.\n", Error(Lookalike, 4, 11)),
        File("near-miss: markup in a tag name", "content/page.md", "---\ntitle: Page\ntags: [\"SECRET {spoiler=s01e05}\"]\n---\nBody.\n", Error(Lookalike, 3, 8)),
    ];
}
