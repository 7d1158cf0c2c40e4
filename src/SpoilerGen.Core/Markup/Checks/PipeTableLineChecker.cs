using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses spoiler phrases that decide whether a paragraph is a pipe table. Markdown reads a paragraph as a table
/// only when it has a delimiter row (<c>|---|---|</c>) and every line has a '|' outside inline markup, a row to a line.
/// So a line of a table made only of spoiler phrases, or a phrase that runs over a line break, turns the whole table
/// into a paragraph of raw '|' text in every tree, where the same page without the hidden words is a table: the early
/// reader sees that something is hidden there, and the page's bytes depend on later content.
/// </summary>
/// <remarks>
/// Any paragraph with a line that looks like a delimiter row counts as a table here, whether Markdown took it as one
/// or not: what decided that may be the hidden words themselves.
/// </remarks>
public static class PipeTableLineChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.Source is not { } source) return;
        CheckBarsInPhrases(document, source, context);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not ParagraphBlock || block.Inline is not { } inlines || !inlines.Descendants<SpoilerInline>().Any()) continue;
            if (!IsTableLike(block, source)) continue;
            context.CancellationToken.ThrowIfCancellationRequested();
            if (inlines.Descendants<SpoilerInline>().FirstOrDefault(phrase => phrase.Descendants<LineBreakInline>().Any()) is { } overBreak)
            {
                context.ReportError(overBreak.Line, overBreak.Column, DiagnosticCodes.SpoilerShapesTable,
                    "this spoiler phrase runs over a line break in a table: Markdown reads a table only when each of its lines is a row, so whether earlier trees show a table would depend on the hidden words; keep the phrase on one line, in its cell");
                continue;
            }
            if (HiddenLines.Starts(inlines, EnclosingLevel.Of(block)).FirstOrDefault() is { } alone)
                context.ReportError(alone.Line, alone.Column, DiagnosticCodes.SpoilerShapesTable,
                    "this line of a table is made only of spoiler phrases: it has no '|' of its own, so Markdown reads the whole table as a paragraph of raw text in every tree, where the page without it shows a table; " +
                    "write the row as cells, '| [the secret]{spoiler=s01e05} | |', or hide the whole table in a spoiler block");
        }
    }

    /// <summary>
    /// A '|' written in a phrase in a table: Markdig splits a row at its bars before it reads emphasis, and after it reads
    /// brackets only where they make a link, so whether the phrase stays in its cell, and which cells the row has, would
    /// depend on what the phrase holds (a bar in hidden emphasis dropped a public cell past the header in every tree).
    /// </summary>
    private static void CheckBarsInPhrases(MarkdownDocument document, string source, SpoilerParserContext context)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var phrase in table.Descendants<ParagraphBlock>().SelectMany(cell => cell.Inline?.Descendants<SpoilerInline>() ?? []))
            {
                if (!HasUnescapedBar(source, phrase.Span.Start, phrase.Span.End)) continue;
                context.ReportError(phrase.Line, phrase.Column, DiagnosticCodes.SpoilerShapesTable,
                    "this spoiler phrase in a table holds a '|': a table splits its rows at '|' before it reads most markup, so which cells the row has would depend on the hidden words; write the bar as '\\|'");
                break;
            }
        }
    }

    private static bool HasUnescapedBar(string source, int start, int end)
    {
        if (start < 0 || end >= source.Length || end < start) return false;
        for (var index = start; index <= end; index++)
        {
            if (source[index] != '|') continue;
            var backslashes = 0;
            while (index - backslashes - 1 >= start && source[index - backslashes - 1] == '\\') backslashes++;
            if (backslashes % 2 == 0) return true;
        }
        return false;
    }

    /// <summary>A paragraph (not a cell of a table Markdown made) with a line like a delimiter row.</summary>
    private static bool IsTableLike(LeafBlock block, string source)
    {
        // A cell's text is one line of its row: what moved out of a phrase there is PhraseContentMovedChecker's.
        for (var node = block.Parent; node is not null; node = node.Parent)
            if (node is Table) return false;
        var start = Math.Clamp(block.Span.Start, 0, source.Length);
        var end = Math.Clamp(block.Span.End + 1, start, source.Length);
        var text = source.AsSpan(start, end - start);
        if (!text.Contains('|')) return false;
        foreach (var line in text.EnumerateLines())
            if (IsDelimiterRow(line)) return true;
        return false;
    }

    /// <summary>A line like a table's delimiter row: '|', '-', ':' and spaces only, with a '|' and a '-', after any quote markers.</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(" \t>");
        return line.Contains('|') && line.Contains('-') && !line.ContainsAnyExcept("|-: \t");
    }
}
