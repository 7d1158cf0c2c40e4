using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a footnote reference with the number this tree gives its footnote, and a footnote's back links
/// only to references the tree shows. Plain text (search, excerpts, heading ids) gets neither. Back links are
/// written where the tree's footnote ends (<see cref="WriteBackLinks"/>), not where Markdig put them.
/// </summary>
public sealed class CheckpointFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink || !renderer.EnableHtmlForInline || link.Footnote.Parent?.Parent is not MarkdownDocument document) return;
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        var footnotes = scope.FootnotesOf(document);
        if (footnotes.ReferenceIdOf(link) is not { } id) return;
        var number = footnotes.NumberOf(link.Footnote).ToString(CultureInfo.InvariantCulture);
        renderer.Write("<sup><a id=\"").Write(id).Write("\" href=\"#fn_").Write(number).Write("\" class=\"footnote-ref\" role=\"doc-noteref\">")
            .Write(number).Write("</a></sup>");
    }

    /// <summary>Writes the footnote's back links, one to each of its references that the tree shows, in Markdig's order.</summary>
    public static void WriteBackLinks(HtmlRenderer renderer, Footnote footnote)
    {
        if (!renderer.EnableHtmlForInline || footnote.Parent?.Parent is not MarkdownDocument document) return;
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        var footnotes = scope.FootnotesOf(document);
        foreach (var reference in footnote.Links)
        {
            if (footnotes.ReferenceIdOf(reference) is not { } target) continue;
            renderer.Write(" <a href=\"#").Write(target).Write("\" class=\"footnote-back-ref\" role=\"doc-backlink\" aria-label=\"").WriteEscape(scope.FootnoteBackLabel).Write("\">&#8617;&#xFE0E;</a>");
        }
    }
}
