using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a footnote reference with the number this tree gives its footnote, and a footnote's back link
/// only to a reference the tree shows. Plain text (search, excerpts, heading ids) gets neither.
/// </summary>
public sealed class CheckpointFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (!renderer.EnableHtmlForInline || link.Footnote.Parent?.Parent is not MarkdownDocument document) return;
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        var footnotes = scope.FootnotesOf(document);
        if (link.IsBackLink)
        {
            if (footnotes.BackLinkTargetOf(link) is not { } target) return;
            renderer.Write(" <a href=\"#").Write(target).Write("\" class=\"footnote-back-ref\" role=\"doc-backlink\" aria-label=\"").WriteEscape(scope.FootnoteBackLabel).Write("\">&#8617;&#xFE0E;</a>");
            return;
        }
        if (footnotes.ReferenceIdOf(link) is not { } id) return;
        var number = footnotes.NumberOf(link.Footnote).ToString(CultureInfo.InvariantCulture);
        renderer.Write("<sup><a id=\"").Write(id).Write("\" href=\"#fn_").Write(number).Write("\" class=\"footnote-ref\" role=\"doc-noteref\">")
            .Write(number).Write("</a></sup>");
    }
}
