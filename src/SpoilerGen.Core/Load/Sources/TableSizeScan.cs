using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// A quick look at Markdown, line by line, for a pipe table of more cells than <see cref="TableSizeLimit"/> allows,
/// before Markdig parses it: Markdig reads a whole table as one paragraph and builds every cell before anything can
/// look at Ctrl+C (a 2 MB table of a million cells: 4 s of CPU time, 0.65 GB, and 17 s from SIGTERM to exit on a busy
/// machine). It counts a row of n unescaped pipes as n − 1 cells (the cells of <c>|a|b|</c>), outside fenced code, from
/// a table's delimiter row (<c>|---|---|</c>) and the line above it to the next blank line; what it misses (a table
/// in a quote) is still measured after the parse.
/// </summary>
public static class TableSizeScan
{
    private const int LinesBetweenCancellationChecks = 4096;

    /// <summary>The zero-based line and column of the first line of a table past the limit, or null.</summary>
    public static (int Line, int Column)? FirstTooLarge(string markdown, CancellationToken cancellationToken = default)
    {
        var cells = 0L;
        var lineIndex = -1;
        var inFence = '\0';
        var previous = ReadOnlySpan<char>.Empty;
        (int Line, int Column)? table = null;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            if (++lineIndex % LinesBetweenCancellationChecks == 0) cancellationToken.ThrowIfCancellationRequested();
            var text = line.TrimStart(' ');
            if (line.Length - text.Length < 4 && text.Length >= 3 && text[0] is '`' or '~' && text[1] == text[0] && text[2] == text[0])
            {
                inFence = inFence == '\0' ? text[0] : inFence == text[0] ? '\0' : inFence;
            }
            if (inFence != '\0' || text.IsWhiteSpace())
            {
                table = null;
            }
            else if (table is not null)
            {
                cells += CellsOf(text);
            }
            else if (IsDelimiterRow(text) && !previous.IsWhiteSpace())
            {
                var header = previous.TrimStart(' ');
                table = (lineIndex - 1, previous.Length - header.Length);
                cells += CellsOf(header) + CellsOf(text);
            }
            if (table is not null && cells > TableSizeLimit.MaximumCells) return table;
            previous = line;
        }
        return null;
    }

    /// <summary>A table's second line: only pipes, dashes, colons and spaces, with at least one pipe and one dash.</summary>
    private static bool IsDelimiterRow(ReadOnlySpan<char> text) =>
        text.Contains('|') && text.Contains('-') && !text.ContainsAnyExcept("|-: \t");

    private static int CellsOf(ReadOnlySpan<char> text)
    {
        var pipes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '|') pipes++;
        }
        return Math.Max(pipes - 1, 0);
    }
}
