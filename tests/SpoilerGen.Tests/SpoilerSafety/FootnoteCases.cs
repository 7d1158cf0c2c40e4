using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Footnotes belong to the spoiler section they are written in, as link definitions do: one written in a
/// hidden region is absent with its references; a reference shown earlier than its footnote is an error at
/// the reference; and a tree numbers only the footnotes it shows, so no number or id counts a hidden one.
/// </summary>
public static class FootnoteCases
{
    private const string OutOfScope = DiagnosticCodes.FootnoteOutOfScope;
    private const string Start = "start/page/index.html";
    private const string Later = "s01e05/page/index.html";

    /// <summary>The early trees end the note as the same page without its hidden part does: "note", then its one back link.</summary>
    private static SafetyOutcome.BuildsAnd BackLinkEndsNote() =>
        new("the start tree's note reads 'note' and its back link, as without the hidden part; the later tree's back link follows SECRET", read =>
            read(Start).Contains("<li id=\"fn_1\">\n<p>note <a href=\"#fnref_1\" class=\"footnote-back-ref\" role=\"doc-backlink\" aria-label=\"Back to the text\">&#8617;&#xFE0E;</a></p>\n</li>")
            && read(Start).Split("footnote-back-ref").Length == 2
            && read(Later).Contains("SECRET") && read(Later).Split("footnote-back-ref").Length == 2);

    public static IEnumerable<SafetyCase> All =>
    [
        Page("footnote: a visible one is rendered as a footnote", "Text.[^a]\n\n[^a]: A note.\n",
            new BuildsAnd("the reference and the note are written as footnotes", read =>
                read(Start).Contains("href=\"#fn_1\"") && read(Start).Contains("<li id=\"fn_1\">") && !read(Start).Contains("[^a]"))),
        Page("footnote: written and referenced in a hidden section", "Open.\n\n## Later {spoiler=s01e05}\n\nText.[^s]\n\n[^s]: SECRET note.\n", Hidden()),
        Page("footnote: written in a hidden section, referenced before it", "Open.[^s]\n\n## Later {spoiler=s01e05}\n\n[^s]: SECRET note.\n", Error(OutOfScope, 4, 6)),
        Page("footnote: written in a hidden section, referenced after it", "## Later {spoiler=s01e05}\n\n[^s]: SECRET note.\n\n## Open\n\nSee.[^s]\n", Error(OutOfScope, 10, 5)),
        Page("footnote: written in a hidden section, referenced by a phrase of an earlier episode", "See [this[^s]]{spoiler=s01e02}.\n\n## Later {spoiler=s01e05}\n\n[^s]: SECRET note.\n", Error(OutOfScope, 4, 10)),
        Page("footnote: a visible footnote referenced only from a hidden phrase", "Open [SECRET[^a]]{spoiler=s01e05}.\n\n[^a]: A SECRET-ish note.\n", Hidden()),
        Page("footnote: a visible footnote referenced only from a hidden block", "Open.\n\n::: spoiler s01e05\nSECRET.[^a]\n:::\n\n[^a]: SECRET note.\n", Hidden()),
        Page("footnote: a hidden phrase inside a visible footnote", "Open.[^a]\n\n[^a]: Note [SECRET]{spoiler=s01e05}.\n", Hidden()),
        Page("footnote: referenced from a footnote written in a hidden section", "Open.\n\n## Later {spoiler=s01e05}\n\nText.[^s]\n\n[^s]: Note.[^t]\n\n[^t]: SECRET note.\n", Hidden()),
        Page("footnote: a visible footnote referenced from a hidden one", "Open.\n\n## Later {spoiler=s01e05}\n\nText.[^s]\n\n[^s]: Note.[^t]\n\n## Open again\n\n[^t]: SECRET note.\n", Hidden()),
        Page("footnote: a hidden footnote referenced from a visible one", "Open.[^a]\n\n[^a]: Note.[^s]\n\n## Later {spoiler=s01e05}\n\n[^s]: SECRET note.\n", Error(OutOfScope, 6, 12)),
        // Markdig ends a list at a footnote's definition: one shown later than the list would split it in the early trees (attack 8, #03).
        Page("footnote: referenced only from a hidden phrase, written between two items of a numbered list",
            "Text [ref[^1]]{spoiler=s01e05}.\n\n1. a\n\n[^1]: the SECRET note\n\n2. b\n", Error(DiagnosticCodes.SpoilerSplitsList, 8, 1)),
        Page("footnote: referenced only from a hidden phrase, written between two items of a bulleted list",
            "Text [ref[^1]]{spoiler=s01e05}.\n\n- a\n\n[^1]: the SECRET note\n\n- b\n", Error(DiagnosticCodes.SpoilerSplitsList, 8, 1)),
        Page("footnote: referenced from visible text, written between two items of a list",
            "Text.[^1]\n\n- a\n\n[^1]: the note\n\n- b\n",
            new BuildsAnd("every tree shows the note and the list split at it alike", read => read(Start).Contains("the note") && read(Start).Split("<ul>").Length == 3)),
        Page("footnote: a definition inside a spoiler block", "Open.\n\n::: spoiler s01e05\nText.[^s]\n\n[^s]: SECRET note.\n:::\n", Error(DiagnosticCodes.FootnoteDefinitionNotAtTop, 9, 1)),
        Page("footnote: numbering does not count a hidden footnote",
            "Open.[^a]\n\n## Later {spoiler=s01e05}\n\nHidden.[^s]\n\n[^s]: SECRET note.\n\n## Open again\n\nMore.[^b]\n\n[^a]: First.\n\n[^b]: Second.\n",
            new BuildsAnd("the start tree numbers its two footnotes 1 and 2, and the later tree three", read =>
                read(Start).Contains("<li id=\"fn_2\">\n<p>Second.") && !read(Start).Contains("fn_3")
                && read(Later).Contains("<li id=\"fn_3\">\n<p>Second."))),
        Page("footnote: a reference shown twice gets two back links only where both are shown",
            "Open.[^a] [Later.[^a]]{spoiler=s01e05} [SECRET]{spoiler=s01e05}\n\n[^a]: Note.\n",
            new BuildsAnd("one back link before, two after", read =>
                read(Start).Contains("href=\"#fnref_1\"") && !read(Start).Contains("fnref_1_2")
                && read(Later).Contains("href=\"#fnref_1_2\""))),
        Page("footnote: search and feeds do not hold a hidden footnote's number", "Open.\n\n## Later {spoiler=s01e05}\n\nText.[^s]\n\n[^s]: SECRET.\n", Hidden()),
        Page("footnote: its whole text hidden where its reference is shown", "Open.[^a]\n\n[^a]: [SECRET]{spoiler=s01e05}\n", Error(DiagnosticCodes.FootnoteEmptiedByHiding, 4, 6)),
        Page("footnote: its whole text hidden, the reference hidden with it", "Open [twist[^a]]{spoiler=s01e05}.\n\n[^a]: [SECRET]{spoiler=s01e05}\n", Hidden()),
        // A hidden last part of a note must leave the early trees as the note without it: its back link ends "note".
        Page("footnote: a hidden last paragraph that is one phrase", "a[^1]\n\n[^1]: note\n\n    [SECRET]{spoiler=s01e05}\n", BackLinkEndsNote()),
        Page("footnote: a hidden spoiler block ending the note", "a[^1]\n\n[^1]: note\n    ::: spoiler s01e05\n    SECRET\n    :::\n", BackLinkEndsNote()),
        Page("footnote: a hidden heading section ending the note", "a[^1]\n\n[^1]: note\n\n    ## T {spoiler=s01e05}\n    SECRET\n", BackLinkEndsNote()),
        Page("footnote: a hidden phrase ending the note leaves no doubled space", "a[^1]\n\n[^1]: note [SECRET]{spoiler=s01e05}\n", BackLinkEndsNote()),
        Page("footnote: two hidden phrases ending the note leave no doubled space", "a[^1]\n\n[^1]: note [SECRET]{spoiler=s01e05} [more]{spoiler=s01e05}\n", BackLinkEndsNote()),
        Page("footnote: a hidden last paragraph, two references", "a[^1] b[^1]\n\n[^1]: note\n\n    [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("both back links end 'note' before, and the later tree's last paragraph", read =>
                read(Start).Contains("<p>note <a href=\"#fnref_1\"") && read(Start).Contains("&#xFE0E;</a> <a href=\"#fnref_1_2\"")
                && read(Start).Split("footnote-back-ref").Length == 3
                && read(Later).Contains("SECRET</mark> <a href=\"#fnref_1\"") && read(Later).Split("footnote-back-ref").Length == 3)),
        Page("footnote: a note ending in a list, then a hidden paragraph", "a[^1]\n\n[^1]: note\n\n    - item\n\n    [SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("the back link in a paragraph of its own after the list, as without the hidden paragraph", read =>
                read(Start).Contains("</ul>\n<p> <a href=\"#fnref_1\"") && read(Start).Split("footnote-back-ref").Length == 2)),
        Page("footnote: a shown spoiler block ending the note takes the back link", "a[^1]\n\n[^1]: note\n    ::: spoiler s01e02\n    Shown\n    :::\n\n[SECRET]{spoiler=s01e05}\n",
            new BuildsAnd("'Shown' ends with the back link from s01e02", read =>
                read("s01e02/page/index.html").Contains("<p>Shown <a href=\"#fnref_1\"") && read(Start).Contains("<p>note <a href=\"#fnref_1\""))),
        Page("footnote: a reference given a level", "She survives[^n]{spoiler=s01e05}.\n\n[^n]: Until the rooftop.\n",
            Error(DiagnosticCodes.FootnoteReferenceGivenLevel, 4, 13)),
        Page("footnote: a reference given a level inside a phrase", "She [survives[^n]{spoiler=s01e05}]{spoiler=s01e05}.\n\n[^n]: Until the rooftop.\n",
            Error(DiagnosticCodes.FootnoteReferenceGivenLevel, 4, 14)),
        Page("footnote: a phrase that only looks like a reference, with no such footnote", "Face [^nofootnote]{spoiler=s01e05}.\n", Hidden("^nofootnote")),
        // A blank line inside a spoiler block written in a note reached the note only, which closed the block there: SG0206 and SG0207 for a closed block.
        Page("footnote: a spoiler block with a blank line inside", "a[^1]\n\n[^1]: note\n    ::: spoiler s01e05\n    SECRET\n\n    more SECRET\n    :::\n\nAfter.\n",
            new BuildsAnd("the start tree's note is 'note' and its back link; the later tree's block holds both paragraphs, the back link ending the second; 'After.' stays out of the note", read =>
                read(Start).Contains("<li id=\"fn_1\">\n<p>note <a href=\"#fnref_1\" class=\"footnote-back-ref\"") && read(Start).Split("footnote-back-ref").Length == 2
                && read(Later).Contains("<p>SECRET</p>\n<p>more SECRET <a href=\"#fnref_1\"") && read(Later).Split("footnote-back-ref").Length == 2
                && read(Start).Contains("<p>After.</p>\n<section class=\"footnotes\"") && read(Later).Contains("<p>After.</p>\n<section class=\"footnotes\""))),
        Page("footnote: a spoiler block with blank lines, a loose list and an inner block, then another note",
            "a[^1] b[^2]\n\n[^1]: one\n    ::: spoiler s01e05\n    SECRET\n\n    - x\n\n    - y\n\n    ::: spoiler s01e04\n    deeper SECRET\n\n    deepest SECRET\n    :::\n    :::\n\n[^2]: two\n",
            new BuildsAnd("every tree numbers the notes 1 and 2 with one back link each; the later tree shows the loose list and both inner paragraphs", read =>
                read(Start).Contains("<li id=\"fn_1\">\n<p>one <a href=\"#fnref_1\"") && read(Start).Contains("<li id=\"fn_2\">\n<p>two <a href=\"#fnref_2\"")
                && read(Start).Split("footnote-back-ref").Length == 3
                && read(Later).Contains("<li><p>x</p>\n</li>\n<li><p>y</p>") && read(Later).Contains("<p>deeper SECRET</p>\n<p>deepest SECRET <a href=\"#fnref_1\"")
                && read(Later).Contains("<li id=\"fn_2\">\n<p>two <a href=\"#fnref_2\"") && read(Later).Split("footnote-back-ref").Length == 3)),
        Page("footnote: a spoiler block with a blank line inside, in a blockquote of a note",
            "a[^1]\n\n[^1]: note\n\n    > quote\n    > ::: spoiler s01e05\n    > SECRET\n    >\n    > more SECRET\n    > :::\n",
            new BuildsAnd("the later tree's quote holds both paragraphs", read =>
                read(Start).Contains("<blockquote>\n<p>quote</p>\n</blockquote>") && read(Later).Contains("<p>SECRET</p>\n<p>more SECRET</p>"))),
        Page("footnote: a spoiler block whose lines after a blank line are not indented", "a[^1]\n\n[^1]: note\n    ::: spoiler s01e05\n    SECRET\n\nmore SECRET\n:::\n",
            Error(DiagnosticCodes.SpoilerBlockEndsWithContainer, 7, 5)),
        Page("footnote: a spoiler block in a note closed at the left margin after a blank line", "a[^1]\n\n[^1]: note\n    ::: spoiler s01e05\n    SECRET\n\n:::\n\nAfter.\n",
            Error(DiagnosticCodes.SpoilerBlockEndsWithContainer, 7, 5)),
        Page("footnote: a hidden heading right under a note nothing references", "She is a student.\n\n[^n]: A note.\n## The ending {spoiler=s01e05}\n\nSECRET on the rooftop.\n",
            Error(DiagnosticCodes.SectionEndsWithContainer, 7, 1)),
        Page("footnote: a hidden heading in a list right under a note nothing references", "Text.\n\n[^n]: A note.\n- ## The ending {spoiler=s01e05}\n\nSECRET on the rooftop.\n",
            Error(DiagnosticCodes.SectionEndsWithContainer, 7, 3)),
        Page("footnote: a hidden heading after a blank line under a note nothing references", "Text.\n\n[^n]: A note.\n\n## The ending {spoiler=s01e05}\n\nSECRET on the rooftop.\n", Hidden()),
        Page("footnote: a heading right under a note ending a hidden section", "Intro.\n\n## The twist {spoiler=s01e05}\n\nSECRET[^b].\n\n[^b]: In episode 5.\n## Cast\n\nShown.\n",
            Error(DiagnosticCodes.SectionEndsWithContainer, 11, 1)),
        Page("footnote: a code fence left open in a block under a note nothing references", "Text.\n\n[^n]: A note.\n::: spoiler s01e05\n```\nSECRET\n:::\n\nShown.\n",
            Error(DiagnosticCodes.UnclosedInsideHiddenPart, 8, 1)),
        Page("footnote: a note with no space after its colon under a line, referred to by a lazy line, then an empty block",
            "Lead\n[^n2]:p\nLead[^n2]\n:::spoiler s01e07\n:::\n",
            new BuildsAnd("builds, no internal error", read => read(Start).Contains("Lead"))),
    ];
}
