using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>Writes links and images with the URL they have on the map: a link to another page leads to that page's map.</summary>
public sealed class SpoilerMapLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        var href = ((SpoilerMapHtmlRenderer)renderer).Scope.ResolveLink(link);
        if (link.IsImage)
        {
            renderer.Write("<img src=\"").WriteEscapeUrl(href).Write("\" alt=\"");
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
            renderer.Write("\">");
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
