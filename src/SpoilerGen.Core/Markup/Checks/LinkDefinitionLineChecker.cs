using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler phrase that decides whether the lines it is written on are a link reference definition. Markdown
/// takes <c>[a]: https://… "title"</c> as a definition only when nothing follows the URL or title on its line, so
/// <c>[a]: https://x "t" [y]{spoiler=s01e05}</c> is text in every tree, and a phrase on the line under a definition
/// keeps that line from being its title: trees that hide the phrase show text, or a link, that the same page without
/// it does not. Each tree's reading is checked by reading the paragraph's text without the phrases that tree hides,
/// as Markdown does, and comparing the definitions found with those of the page.
/// </summary>
public static class LinkDefinitionLineChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.Source is not { } source || document.LineStartIndexes is not { } lineStarts) return;
        List<LinkReferenceDefinition>? definitions = null;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is not { } inlines || !MayStartWithDefinition(source, paragraph.Span.Start)) continue;
            var enclosing = EnclosingLevel.Of(paragraph);
            var phrases = inlines.Descendants<SpoilerInline>().Where(phrase => phrase.Level > enclosing).ToList();
            // A line of phrases alone above a definition is HiddenFirstLineChecker's (SG0240).
            if (phrases.Count == 0 || HiddenLines.Starts(inlines, enclosing, firstOnly: true).Any()) continue;
            context.CancellationToken.ThrowIfCancellationRequested();
            definitions ??= [.. document.Descendants<LinkReferenceDefinitionGroup>().SelectMany(group => group.OfType<LinkReferenceDefinition>())
                .Where(definition => definition is not FootnoteLinkReferenceDefinition)];
            var written = Describe(definitions.Where(definition => definition.Span.Start >= paragraph.Span.Start && definition.Span.Start <= paragraph.Span.End));
            foreach (var level in phrases.Select(phrase => phrase.Level - 1).Append(enclosing).Distinct().Order())
            {
                if (TextAt(paragraph, inlines, level, source) is not { } text) break;
                // Read with Markdown only what starts like a definition, or follows one the page has.
                if (written.Length == 0 && (!text.TrimStart(' ').StartsWith('[') || !text.Contains("]:", StringComparison.Ordinal))) continue;
                if (Describe(Markdown.Parse(text).Descendants<LinkReferenceDefinition>()) == written) continue;
                var first = phrases.Where(phrase => phrase.Level > level).MinBy(phrase => phrase.Span.Start)!;
                var line = SourceLines.LineOf(lineStarts, first.Span.Start);
                context.ReportError(line, first.Span.Start - lineStarts[line], DiagnosticCodes.PhraseShapesLinkDefinition,
                    "this spoiler phrase is written on the lines of a link definition ('[label]: https://… \"title\"'): Markdown takes a definition only when nothing else follows its URL or title on their line, " +
                    "so trees that hide the phrase read those lines otherwise than the same page without it (text where it has a definition, or a definition without its title); " +
                    "put a blank line between the definition and the phrase's words");
                break;
            }
        }
    }

    /// <summary>Whether a paragraph's text starts with '[' (after up to three spaces), as a definition does; a footnote's '[^' is not one.</summary>
    private static bool MayStartWithDefinition(string source, int start)
    {
        if (start < 0) return false;
        var offset = start;
        while (offset < source.Length && offset - start < 3 && source[offset] == ' ') offset++;
        return offset + 1 < source.Length && source[offset] == '[' && source[offset + 1] != '^';
    }

    private static string Describe(IEnumerable<LinkReferenceDefinition> definitions) =>
        string.Join('\n', definitions.Select(definition => $"{definition.Label}\u0001{definition.Url}\u0001{definition.Title}"));

    /// <summary>
    /// The paragraph's source as a tree at <paramref name="level"/> reads it: the phrases it hides cut out, the markup of
    /// those it shows cut around their words, and the markers of the quote or list it is in cut from the start of each
    /// later line. Null when a position is not known.
    /// </summary>
    private static string? TextAt(ParagraphBlock paragraph, ContainerInline inlines, int level, string source)
    {
        var cuts = new List<(int Start, int End)>();
        if (!CollectCuts(inlines, level, cuts) || paragraph.Span.End >= source.Length) return null;
        cuts.Sort();
        var text = new StringBuilder();
        var cut = 0;
        for (var offset = paragraph.Span.Start; offset <= paragraph.Span.End; offset++)
        {
            while (cut < cuts.Count && cuts[cut].End < offset) cut++;
            if (cut < cuts.Count && cuts[cut].Start <= offset) continue;
            text.Append(source[offset]);
        }
        var lines = text.ToString().Split('\n');
        for (var index = 1; index < lines.Length; index++)
        {
            var marker = 0;
            while (marker < lines[index].Length && marker < paragraph.Column && lines[index][marker] is ' ' or '\t' or '>') marker++;
            lines[index] = lines[index][marker..];
        }
        return string.Join('\n', lines);
    }

    private static bool CollectCuts(ContainerInline container, int level, List<(int Start, int End)> cuts)
    {
        foreach (var inline in container)
        {
            if (inline is SpoilerInline phrase)
            {
                if (phrase.Span.Start < 0) return false;
                if (phrase.Level > level || phrase.FirstChild is null || phrase.LastChild is null)
                {
                    cuts.Add((phrase.Span.Start, phrase.Span.End));
                    continue;
                }
                if (phrase.FirstChild.Span.Start <= phrase.Span.Start || phrase.LastChild.Span.End >= phrase.Span.End) return false;
                cuts.Add((phrase.Span.Start, phrase.FirstChild.Span.Start - 1));
                cuts.Add((phrase.LastChild.Span.End + 1, phrase.Span.End));
            }
            if (inline is ContainerInline inner && !CollectCuts(inner, level, cuts)) return false;
        }
        return true;
    }
}
