using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes the footnotes the tree shows, numbered for this tree (see <see cref="FootnoteNumbers"/>), at the
/// end of the body; a footnote no shown reference leads to is not written at all. Its back links end the last
/// paragraph it shows, or stand in a paragraph of their own (see <see cref="FootnoteBackLinkPlace"/>).
/// </summary>
public sealed class CheckpointFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        if (group.Parent is not MarkdownDocument document) return;
        var footnotes = scope.FootnotesOf(document);
        if (footnotes.Shown.Count == 0) return;
        if (footnotes.Shown.Any(footnote => scope.IsNew(FootnoteLevels.ShownFrom(footnote)))) scope.RecordNewContent();

        if (!renderer.EnableHtmlForBlock)
        {
            foreach (var footnote in footnotes.Shown) renderer.WriteChildren(footnote);
            return;
        }
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<hr>");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.Shown)
        {
            renderer.Write("<li id=\"fn_").Write(footnotes.NumberOf(footnote).ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine("\">");
            var end = FootnoteBackLinkPlace.Of(footnote, scope.Checkpoint);
            if (end is not null) scope.MarkFootnoteEnd(end, footnote);
            renderer.WriteChildren(footnote);
            if (end is null)
            {
                renderer.EnsureLine();
                renderer.Write("<p>");
                CheckpointFootnoteLinkRenderer.WriteBackLinks(renderer, footnote);
                renderer.WriteLine("</p>");
            }
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
