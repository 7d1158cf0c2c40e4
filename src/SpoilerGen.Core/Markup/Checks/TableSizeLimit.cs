using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a page whose tables hold more cells than any guide needs, at the table that passes the limit. Every cell is
/// a block of its own in every stage (the checks, the lints, each tree's render): a 2 MB table of 5,000 columns and
/// 200 rows took 28 s of CPU time and 1.4 GB, and a render of it looked at Ctrl+C only when it was done, half a minute
/// later on a busy machine. A page refused here is left empty, as one nested too deep is, so no later stage reads it.
/// </summary>
public static class TableSizeLimit
{
    /// <summary>A thousand rows of a hundred columns: ten times the largest table of a real guide.</summary>
    public const int MaximumCells = 100_000;

    public static readonly string Message =
        $"the tables of this page hold more than {MaximumCells.ToString("N0", CultureInfo.InvariantCulture)} cells, which no page needs and every tree would render; split the table or move it to pages of its own";

    /// <summary>Whether the page's tables stay within the limit; if not, the error is reported and the page emptied.</summary>
    public static bool Check(MarkdownDocument document, SpoilerParserContext context)
    {
        var cells = 0;
        var pending = new Stack<ContainerBlock>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            foreach (var block in pending.Pop())
            {
                if (block is Table table)
                {
                    foreach (var row in table) cells += row is TableRow cellsOfRow ? cellsOfRow.Count : 0;
                    if (cells <= MaximumCells) continue;
                    context.ReportError(table.Line, table.Column, DiagnosticCodes.TableTooLarge, Message);
                    document.Clear();
                    return false;
                }
                // A table's cells hold no table: the search need not go into them.
                if (block is ContainerBlock container) pending.Push(container);
            }
        }
        return true;
    }
}
