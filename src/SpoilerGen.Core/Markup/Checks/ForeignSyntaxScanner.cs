using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Reads a body's lines as the author wrote them, containers and all (lists, quotes, table rows, headings,
/// spoiler blocks), and refuses other tools' spoiler syntax on each at its line and column. Code is left out,
/// since it is printed as code; comments are dropped by every render, so only a comment that opens or closes
/// a spoiler ('&lt;!-- spoiler s01e05 --&gt;') is refused: the text after it would be shown.
/// </summary>
public static class ForeignSyntaxScanner
{
    public static void Scan(MarkdownDocument document, SpoilerParserContext context)
    {
        if (context.Source is not { Length: > 0 } source) return;
        // Ranges left out, in place of a masked copy: a long page is read once, a line at a time.
        var codeLines = new HashSet<int>();
        var leftOut = new List<(int Start, int End)>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CodeBlock code:
                    for (var i = 0; i < code.Lines.Count; i++) codeLines.Add(code.Lines.Lines[i].Line);
                    break;
                case CodeInline inline when inline.Span.Start >= 0 && inline.Span.End < source.Length:
                    leftOut.Add((inline.Span.Start, inline.Span.End + 1));
                    break;
            }
        }
        foreach (var (start, length) in Reading.HtmlComments.Find(source))
        {
            if (leftOut.Any(range => range.Start <= start && start < range.End)) continue;
            if (ForeignSpoilerSyntaxFinder.Find(source.Substring(start, length)) is { Syntax: var syntax } found && syntax == ForeignSpoilerSyntax.CommentMarkers)
            {
                // The body's zero-based line and column, as the context counts them.
                var position = SourcePosition.At("", source, start);
                context.ReportFirstOnLine(position.Line - 1, position.Column - 1, DiagnosticCodes.ForeignSpoilerSyntax, found.Message("the text"));
            }
            leftOut.Add((start, start + length));
        }
        leftOut.Sort();

        var lineIndex = 0;
        for (var lineStart = 0; lineStart <= source.Length; lineIndex++)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = source.Length;
            if (!codeLines.Contains(lineIndex) && ForeignSpoilerSyntaxFinder.Find(LineWithoutLeftOut(source, lineStart, lineEnd, leftOut), context.CancellationToken) is { } found)
            {
                context.ReportFirstOnLine(lineIndex, found.Index, DiagnosticCodes.ForeignSpoilerSyntax, found.Message("the text"));
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The line, with what is left out (code spans, comments) replaced by spaces so that columns stay the same.</summary>
    private static string LineWithoutLeftOut(string source, int start, int end, List<(int Start, int End)> leftOut)
    {
        var line = source.Substring(start, end - start);
        if (leftOut.Count == 0) return line;
        char[]? characters = null;
        foreach (var range in leftOut)
        {
            if (range.End <= start || range.Start >= end) continue;
            characters ??= line.ToCharArray();
            for (var i = Math.Max(range.Start, start); i < Math.Min(range.End, end); i++)
            {
                if (characters[i - start] != '\r') characters[i - start] = ' ';
            }
        }
        return characters is null ? line : new string(characters);
    }
}
