using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes links and images with the URL they have in the tree being rendered: a link to another page
/// points at that page in the same tree, or is dropped (keeping its text) where the page does not exist yet.
/// A link or image whose text hiding has emptied is not written at all.
/// </summary>
public sealed class CheckpointLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        // A link or image whose text is all hidden here is left out, URL and all: the URL may itself spoil.
        if (VisibleText.IsEmptiedByHiding(link, scope.Checkpoint)) return;
        var target = scope.ResolveLink(link);
        if (target is not LinkTarget.Url url || !renderer.EnableHtmlForInline)
        {
            if (!link.IsImage) renderer.WriteChildren(link);
            else if (!renderer.EnableHtmlForInline) renderer.WriteChildren(link);
            return;
        }

        if (link.IsImage)
        {
            renderer.Write("<img src=\"").WriteEscapeUrl(url.Href).Write("\" alt=\"");
            var enableHtml = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = enableHtml;
            renderer.Write('"');
            WriteTitle(renderer, link);
            renderer.Write('>');
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url.Href).Write('"');
        WriteTitle(renderer, link);
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    private static void WriteTitle(HtmlRenderer renderer, LinkInline link)
    {
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }
    }
}
