using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler phrase written right against a bare URL where the page without the phrase would link that URL.
/// Markdown links a bare URL only after a space, the start of a line or one of <c>*_~(</c>, so after the phrase's
/// <c>}</c> (<c>[x]{spoiler=s01e05}https://example.com</c>) it is text in every tree; and a bare domain that runs into
/// the phrase's <c>[</c> (<c>https://example.com[x]{spoiler=s01e05}</c>) is no valid domain, so text too. Trees that
/// hide the phrase show the URL unlinked where the same page without it shows a link, and the missing link tells the
/// reader that something is hidden there. (A URL with a path runs on into the phrase instead: SG0203 refuses that.)
/// </summary>
public static class PhraseBesideBareUrlChecker
{
    // What Markdig's autolinks start with, and the characters after which they may start (AutoLinkOptions).
    private static readonly string[] UrlStarts = ["https://", "http://", "ftp://", "mailto:", "tel:", "www."];
    private const string ValidBefore = "*_~(";

    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.Source is not { } source) return;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not { } inlines) continue;
            var enclosing = EnclosingLevel.Of(block);
            foreach (var phrase in inlines.Descendants<SpoilerInline>())
            {
                if (phrase.Level <= Math.Max(enclosing, EnclosingLevel.OfOuterPhrases(phrase))) continue;
                if (StartsUrl(source, phrase.Span.End + 1) && MayStartLink(source, RunStart(phrase)))
                {
                    context.ReportError(phrase.Line, phrase.Column, DiagnosticCodes.PhraseBesideBareUrl,
                        "this spoiler phrase is written right before a bare URL: Markdown links a bare URL only after a space or the start of a line, so trees that hide the phrase show the URL as plain text, " +
                        "where the same page without the phrase links it; put a space between the phrase and the URL, or write the URL in angle brackets (<https://…>)");
                }
                else if (RunStart(phrase) == phrase.Span.Start && EndsBareDomain(source, phrase.Span.Start))
                {
                    context.ReportError(phrase.Line, phrase.Column, DiagnosticCodes.PhraseBesideBareUrl,
                        "this spoiler phrase is written right after a bare URL: Markdown does not link a bare address that runs into a '[', so trees that hide the phrase show the URL as plain text, " +
                        "where the same page without the phrase links it; put a space between the URL and the phrase, or write the URL in angle brackets (<https://…>)");
                }
            }
        }
    }

    /// <summary>Where the phrases written right before this one, each against the next, start: together they may all be hidden.</summary>
    private static int RunStart(SpoilerInline phrase)
    {
        var start = phrase.Span.Start;
        while (phrase.PreviousSibling is SpoilerInline previous && previous.Span.End + 1 == start)
        {
            start = previous.Span.Start;
            phrase = previous;
        }
        return start;
    }

    private static bool StartsUrl(string source, int offset)
    {
        if (offset <= 0 || offset >= source.Length) return false;
        var rest = source.AsSpan(offset);
        foreach (var start in UrlStarts)
            if (rest.StartsWith(start, StringComparison.Ordinal) && rest.Length > start.Length && !char.IsWhiteSpace(rest[start.Length])) return true;
        return false;
    }

    /// <summary>
    /// Whether the word that ends at <paramref name="offset"/> ends in a bare URL of a domain alone, which Markdown links
    /// where it ends at a space: with a path, query or fragment the URL would run on into the phrase.
    /// </summary>
    private static bool EndsBareDomain(string source, int offset)
    {
        if (offset <= 0 || offset > source.Length) return false;
        var start = offset;
        while (start > 0 && !char.IsWhiteSpace(source[start - 1])) start--;
        var word = source.AsSpan(start, offset - start);
        foreach (var urlStart in UrlStarts)
        {
            var at = word.IndexOf(urlStart, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && !ValidBefore.Contains(word[at - 1]))) continue;
            var rest = word[(at + urlStart.Length)..];
            if (rest.Length > 0 && rest.IndexOfAny("/?#") < 0) return true;
        }
        return false;
    }

    /// <summary>Whether a bare URL may start at <paramref name="offset"/> by what stands before it.</summary>
    private static bool MayStartLink(string source, int offset)
    {
        if (offset <= 0 || offset > source.Length) return true;
        var before = source[offset - 1];
        return char.IsWhiteSpace(before) || ValidBefore.Contains(before);
    }
}
