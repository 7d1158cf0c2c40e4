using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler phrase holding a '[' that code, raw HTML or an autolink keeps from its brackets. Markdown reads
/// code before brackets, so a backtick of the phrase can pair with a stray one written before it (<c>Press [` then
/// [the `Esc` key]{spoiler=…}</c>): the code takes the phrase's own '[', the phrase opens at the earlier '[' instead,
/// and the words between them are hidden in every earlier tree. Whether they are depends on the hidden words'
/// backticks, so the phrase's text would decide what earlier trees show.
/// </summary>
/// <remarks>
/// <see cref="PhraseContentMovedChecker"/> refuses the opposite: words written inside a phrase that the parse put outside it.
/// A '[' matched by a ']' in the same code cannot open anything, so <c>`a[0]`</c> in a phrase is accepted.
/// </remarks>
public static class PhraseBracketInCodeChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        foreach (var phrase in document.Descendants<SpoilerInline>())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var opaque = phrase.Descendants<Inline>().FirstOrDefault(inline => OpaqueText(inline) is { } text && HasUnmatchedOpening(text));
            if (opaque is null) continue;
            var at = context.PositionOf(phrase.Line, phrase.Column);
            context.ReportError(opaque.Line, opaque.Column, DiagnosticCodes.PhraseBracketInCode,
                $"this {Describe(opaque)} in the spoiler phrase that opens at line {at.Line}, column {at.Column} holds a '[' that the phrase's brackets do not see, " +
                "so which '[' opens the phrase depends on the backticks (or '<' and '>') around it, and a stray one before the phrase would hide the words between them in earlier trees; " +
                "keep a '[' without its ']' out of code in a phrase");
        }
    }

    private static string? OpaqueText(Inline inline) => inline switch
    {
        CodeInline code => code.Content,
        HtmlInline html => html.Tag,
        AutolinkInline link => link.Url,
        _ => null,
    };

    private static string Describe(Inline inline) => inline switch
    {
        CodeInline => "code",
        HtmlInline => "raw HTML",
        _ => "autolink",
    };

    /// <summary>Whether a '[' is left open at the end: one a ']' closes later in the same text could not have opened the phrase.</summary>
    private static bool HasUnmatchedOpening(string text)
    {
        var open = 0;
        foreach (var character in text)
        {
            if (character == '[') open++;
            else if (character == ']' && open > 0) open--;
        }
        return open > 0;
    }
}
