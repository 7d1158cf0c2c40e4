using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler phrase written between a link's text and a <c>(</c> or <c>[</c> right after it
/// (<c>[the cast][Nam-ra dies]{spoiler=s01e05}(https://…)</c>): without the phrase the brackets and what follows are one
/// link, which trees that hide the phrase cannot show, since the trees that show it have the phrase between them.
/// The parse records such phrases (<see cref="PhraseAfterLinkText"/>); one that no tree of the page hides is fine.
/// </summary>
public static class PhraseAfterLinkTextChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context) =>
        HiddenPhraseRuns.Report(document, context, context.PhraseRunsBeforeLinkTail, DiagnosticCodes.PhraseBetweenLinkTextAndTail,
            "this spoiler phrase stands between a link's text '[…]' and the '(' or '[' right after the phrase: without the phrase they are one link, which trees that hide it would show as plain text; " +
            "put a space before the phrase, or move it into the link's text ('[the cast [Nam-ra dies]{spoiler=s01e05}](https://…)')");
}
