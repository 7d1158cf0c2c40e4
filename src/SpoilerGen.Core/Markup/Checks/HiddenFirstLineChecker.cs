using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a paragraph whose first line is made only of spoiler phrases when its next line is one that Markdown reads
/// differently at the start of a paragraph than inside one: indented code, a list numbered from 2, a link or footnote
/// definition, an HTML tag, or a lazy line written outside the quote or list item the paragraph is in. Such a line cannot
/// interrupt a paragraph, so the hidden line makes it text of that paragraph, where the same page without the hidden line
/// shows code, a list, a definition or HTML, or the line in another block: the early reader sees where something is hidden.
/// </summary>
public static partial class HiddenFirstLineChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.Source is not { } source) return;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is not { } inlines || inlines.FirstChild is null) continue;
            context.CancellationToken.ThrowIfCancellationRequested();
            if (HiddenLines.Starts(inlines, EnclosingLevel.Of(paragraph), firstOnly: true).FirstOrDefault() is not { } firstPhrase) continue;
            if (SecondLineStart(inlines) is not { } second) continue;
            if (Reason(paragraph, second, source) is not { } reason) continue;
            context.ReportError(firstPhrase.Line, firstPhrase.Column, DiagnosticCodes.HiddenLineJoinsNext,
                $"this line is made only of spoiler phrases, and the line under it is {reason}: trees that hide the phrases read that line as text of a paragraph, " +
                "where the same page without them does not; put a blank line after the phrases, or visible words before them on their line");
        }
    }

    /// <summary>The first inline after the paragraph's first line break, if it has a second line.</summary>
    private static Inline? SecondLineStart(ContainerInline inlines)
    {
        for (var inline = inlines.FirstChild; inline is not null; inline = inline.NextSibling)
            if (inline is LineBreakInline) return inline.NextSibling;
        return null;
    }

    private static string? Reason(ParagraphBlock paragraph, Inline second, string source)
    {
        if (second.Column < paragraph.Column) return "a lazy line outside the quote or list item, which the page without them shows after it";
        if (second.Column >= paragraph.Column + 4) return "indented as code";
        if (second.Span.Start < 0 || second.Span.Start >= source.Length) return null;
        var end = source.IndexOf('\n', second.Span.Start);
        var line = source.AsSpan(second.Span.Start, (end < 0 ? source.Length : end) - second.Span.Start);
        if (OrderedMarker().Match(line.ToString()) is { Success: true } marker && marker.Groups["number"].Value.TrimStart('0') != "1") return "a list item numbered from " + marker.Groups["number"].Value;
        if (Definition().IsMatch(line)) return "a link or footnote definition";
        if (line.StartsWith("<")) return "an HTML tag";
        return null;
    }

    [GeneratedRegex(@"^(?<number>[0-9]{1,9})[.)]([ \t]|$)")]
    private static partial Regex OrderedMarker();

    [GeneratedRegex(@"^\[[^\]]+\]:")]
    private static partial Regex Definition();
}
