using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a table without the rows that hiding has emptied in this tree (a row of empty cells would show
/// that something is hidden), and no table at all when only its header would be left. A table with
/// nothing hidden is written by Markdig's own renderer, unchanged. A column whose every shown cell hiding has
/// emptied is left out too; a cell emptied alone stays, empty, so that the columns still line up.
/// </summary>
public sealed class CheckpointTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly IMarkdownObjectRenderer _inner = new HtmlTableRenderer();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var checkpoint = ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint;
        var rows = table.OfType<TableRow>().ToList();
        var shown = rows.Where(row => !VisibleText.IsEmptiedByHiding(row, checkpoint)).ToList();
        var hiddenColumns = HiddenColumns(shown, checkpoint);
        if ((shown.Count == rows.Count && hiddenColumns.Count == 0) || !renderer.EnableHtmlForBlock)
        {
            _inner.Write(renderer, table);
            return;
        }
        if (shown.All(row => row.IsHeader)) return;

        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        var header = shown.Where(row => row.IsHeader).ToList();
        if (header.Count > 0)
        {
            renderer.WriteLine("<thead>");
            foreach (var row in header) WriteRow(renderer, table, row, hiddenColumns);
            renderer.WriteLine("</thead>");
        }
        renderer.WriteLine("<tbody>");
        foreach (var row in shown.Where(row => !row.IsHeader)) WriteRow(renderer, table, row, hiddenColumns);
        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    /// <summary>
    /// The columns in which this tree shows nothing and hides something: left out, as the same table without
    /// the hidden column would be. Only for tables without spans, where a cell's place is its column.
    /// </summary>
    private static HashSet<int> HiddenColumns(List<TableRow> shown, int checkpoint)
    {
        var cells = shown.SelectMany(row => row.Cast<TableCell>().Select((cell, i) => (Column: cell.ColumnIndex < 0 ? i : cell.ColumnIndex, Cell: cell))).ToList();
        if (cells.Any(c => c.Cell.ColumnSpan != 1 || c.Cell.RowSpan != 1)) return [];
        return [.. cells.GroupBy(c => c.Column)
            .Where(column => column.Any(c => VisibleText.IsEmptiedByHiding(c.Cell, checkpoint)) && column.All(c => !VisibleText.ShowsAnything(c.Cell, checkpoint)))
            .Select(column => column.Key)];
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, HashSet<int> hiddenColumns)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            if (hiddenColumns.Contains(cell.ColumnIndex < 0 ? i : cell.ColumnIndex)) continue;
            var tag = row.IsHeader ? "th" : "td";
            renderer.Write('<').Write(tag);
            if (cell.ColumnSpan != 1) renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            if (cell.RowSpan != 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            var column = cell.ColumnIndex < 0 ? i : cell.ColumnIndex;
            if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } alignment)
            {
                renderer.Write(" style=\"text-align: ").Write(alignment switch
                {
                    TableColumnAlign.Center => "center",
                    TableColumnAlign.Right => "right",
                    _ => "left",
                }).Write(";\"");
            }
            renderer.WriteAttributes(cell).Write('>');
            var previousImplicit = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = true;
            renderer.Write(cell);
            renderer.ImplicitParagraph = previousImplicit;
            renderer.WriteLine($"</{tag}>");
        }
        renderer.WriteLine("</tr>");
    }
}
