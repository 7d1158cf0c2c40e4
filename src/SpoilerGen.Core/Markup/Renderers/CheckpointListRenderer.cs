using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a list without the items that hiding has emptied in this tree (an empty bullet would show
/// that something is hidden), and no list at all when every item is emptied. A list with nothing
/// hidden is written by Markdig's own renderer, unchanged. Whether the list is loose is read from what this tree
/// shows (<see cref="VisibleListLooseness"/>), so that hidden items and blocks cannot change it.
/// </summary>
public sealed class CheckpointListRenderer : HtmlObjectRenderer<ListBlock>
{
    private readonly IMarkdownObjectRenderer _inner = new ListRenderer();

    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        var checkpoint = ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint;
        var shown = list.Where(item => !VisibleText.IsEmptiedByHiding(item, checkpoint)).Cast<ListItemBlock>().ToList();
        var loose = VisibleListLooseness.HasHidden(list, checkpoint) ? VisibleListLooseness.IsLoose(list, checkpoint) : list.IsLoose;
        if (shown.Count == list.Count && loose == list.IsLoose)
        {
            _inner.Write(renderer, list);
            return;
        }
        if (shown.Count == 0) return;

        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write(list.IsOrdered ? "<ol" : "<ul");
            if (list.IsOrdered && list.BulletType != '1') renderer.Write(" type=\"").Write(list.BulletType).Write('"');
            if (list.IsOrdered && Start(list, shown) is { } start && start != "1") renderer.Write(" start=\"").Write(start).Write('"');
            renderer.WriteAttributes(list);
            renderer.WriteLine(">");
        }
        foreach (var item in shown)
        {
            var previousImplicit = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = !loose;
            renderer.EnsureLine();
            if (renderer.EnableHtmlForBlock)
            {
                renderer.Write("<li");
                renderer.WriteAttributes(item);
                renderer.Write('>');
            }
            renderer.WriteChildren(item);
            if (renderer.EnableHtmlForBlock) renderer.WriteLine("</li>");
            renderer.EnsureLine();
            renderer.ImplicitParagraph = previousImplicit;
        }
        if (renderer.EnableHtmlForBlock) renderer.WriteLine(list.IsOrdered ? "</ol>" : "</ul>");
        renderer.EnsureLine();
    }

    /// <summary>
    /// The number the first shown item has in the source: a hidden first item's number would show that it is there,
    /// where the same list without it starts at the next number written.
    /// </summary>
    private static string? Start(ListBlock list, List<ListItemBlock> shown) =>
        shown[0] == list[0] ? list.OrderedStart : shown[0].Order.ToString(CultureInfo.InvariantCulture);
}
