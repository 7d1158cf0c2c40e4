using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler phrase written right before a bare URL (<c>[x]{spoiler=s01e05}https://example.com</c>) where the
/// page without the phrase would link that URL. Markdown links a bare URL only after a space, the start of a line or
/// one of <c>*_~(</c>: after the phrase's <c>}</c> it is text in every tree, so trees that hide the phrase show the
/// URL unlinked where the same page without it shows a link, and the missing link tells the reader that something is hidden there.
/// </summary>
public static class BareUrlAfterPhraseChecker
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
                if (phrase.Level <= Math.Max(enclosing, OuterPhraseLevel(phrase)) || !StartsUrl(source, phrase.Span.End + 1)) continue;
                if (!MayStartLink(source, RunStart(phrase))) continue;
                context.ReportError(phrase.Line, phrase.Column, DiagnosticCodes.PhraseBeforeBareUrl,
                    "this spoiler phrase is written right before a bare URL: Markdown links a bare URL only after a space or the start of a line, so trees that hide the phrase show the URL as plain text, " +
                    "where the same page without the phrase links it; put a space between the phrase and the URL, or write the URL in angle brackets (<https://…>)");
            }
        }
    }

    /// <summary>The highest level of the phrases this one is written in: below it, no tree shows this one anyway.</summary>
    private static int OuterPhraseLevel(SpoilerInline phrase)
    {
        var level = 0;
        for (var node = phrase.Parent; node is not null; node = node.Parent)
            if (node is SpoilerInline outer) level = Math.Max(level, outer.Level);
        return level;
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

    /// <summary>Whether a bare URL may start at <paramref name="offset"/> by what stands before it.</summary>
    private static bool MayStartLink(string source, int offset)
    {
        if (offset <= 0 || offset > source.Length) return true;
        var before = source[offset - 1];
        return char.IsWhiteSpace(before) || ValidBefore.Contains(before);
    }
}
