using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Cuts each table's rows to its header's width, as GitHub's tables are, once the checks have read every cell. Markdig
/// can drop a row's extra cells while it parses, and the checks never saw what they held: a '|' that split a phrase
/// (<c>[she is [bitten | infected][and dies]{…}]{spoiler=…}</c>) left its first words in a cell every tree shows and
/// the rest of its markup, with the text that would have told the checks, in a cell that was gone. So the parse keeps
/// every cell (tables as wide as their widest row) and this cuts them after.
/// </summary>
/// <remarks>
/// A row as wide as the header is what every tree shows: a wide row, hidden in early trees, must not widen their table
/// with empty columns. Markdig adds empty cells (with no paragraph) to make the rows even; the header's own are those with one.
/// </remarks>
public static class TableHeaderWidth
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            if (table.Count == 0 || table[0] is not TableRow header) continue;
            var width = header.Count(cell => cell is TableCell { Count: > 0 });
            foreach (var row in table.OfType<TableRow>())
            {
                while (row.Count > width) row.RemoveAt(row.Count - 1);
            }
        }
    }
}
