using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a table without the body rows that hiding has emptied in this tree (a row of empty cells would show
/// that something is hidden), as the same table without those rows: its header alone when no body row is left,
/// as Markdig writes a table of a header and a delimiter row. The header row stays, as a pipe table always has
/// one: its emptied cells are empty, as the header of the page without the hidden words. A table with
/// nothing hidden is written by Markdig's own renderer, unchanged. A column whose every shown cell hiding has
/// emptied is left out too, and the table with it when no column is left; a cell emptied alone stays, empty,
/// so that the columns still line up.
/// </summary>
public sealed class CheckpointTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly IMarkdownObjectRenderer _inner = new HtmlTableRenderer();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var checkpoint = ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint;
        var rows = table.OfType<TableRow>().ToList();
        var shown = rows.Where(row => row.IsHeader || !VisibleText.IsEmptiedByHiding(row, checkpoint)).ToList();
        var hiddenColumns = HiddenColumns(shown, checkpoint);
        if ((shown.Count == rows.Count && hiddenColumns.Count == 0) || !renderer.EnableHtmlForBlock)
        {
            _inner.Write(renderer, table);
            return;
        }
        // Every column hidden: without them there is no table.
        if (shown.All(row => row.Cast<TableCell>().Select((cell, i) => cell.ColumnIndex < 0 ? i : cell.ColumnIndex).All(hiddenColumns.Contains))) return;

        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        var header = shown.Where(row => row.IsHeader).ToList();
        if (header.Count > 0)
        {
            renderer.WriteLine("<thead>");
            foreach (var row in header) WriteRow(renderer, table, row, hiddenColumns);
            renderer.WriteLine("</thead>");
        }
        var body = shown.Where(row => !row.IsHeader).ToList();
        if (body.Count > 0)
        {
            renderer.WriteLine("<tbody>");
            foreach (var row in body) WriteRow(renderer, table, row, hiddenColumns);
            renderer.WriteLine("</tbody>");
        }
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
