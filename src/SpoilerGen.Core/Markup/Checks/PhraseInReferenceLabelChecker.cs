using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler phrase inside brackets that, without it, are a reference link or footnote reference
/// (<c>[Nam-ra [dies]{spoiler=s01e05}]</c> with <c>[nam-ra]: https://…</c> on the page): Markdown takes no label that holds
/// brackets, so the trees that hide the phrase would show text where the page without it has a link.
/// The parse records such phrases (<see cref="PhraseInReferenceLabel"/>); one that no tree of the page hides is fine.
/// </summary>
public static class PhraseInReferenceLabelChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context) =>
        HiddenPhraseRuns.Report(document, context, context.PhraseRunsInReferenceLabel, DiagnosticCodes.PhraseInReferenceLabel,
            "this spoiler phrase is inside brackets whose words without it name a link definition or footnote ('[Nam-ra [dies]{spoiler=s01e05}]' with '[nam-ra]: …'): " +
            "Markdown takes no link label that holds brackets, so trees that hide the phrase would show the words as text where the page without the phrase has a link; " +
            "move the phrase out of the brackets ('[Nam-ra] [dies]{spoiler=s01e05}'), or escape the brackets ('\\[Nam-ra …\\]') if they are not a link");
}
