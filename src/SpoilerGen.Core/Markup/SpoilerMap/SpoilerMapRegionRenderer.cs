using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>Writes a spoiler block or heading section outlined, with a label that names its kind and episode.</summary>
public sealed class SpoilerMapRegionRenderer : HtmlObjectRenderer<RevealBlock>
{
    protected override void Write(HtmlRenderer renderer, RevealBlock block)
    {
        var mapRenderer = (SpoilerMapHtmlRenderer)renderer;
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(block);
            return;
        }

        var scope = mapRenderer.Scope;
        var kind = block is HeadingSectionBlock ? SpoilerRegionKind.HeadingSection : SpoilerRegionKind.Block;
        var enclosing = scope.EnclosingLevel;
        var region = scope.Enter(kind, block, block.Line, block.Column, mapRenderer.ExcerptOf(block));
        renderer.EnsureLine();
        SpoilerMapMarkup.WriteOpening(renderer, "div", region, enclosing, scope);
        renderer.Write("<p class=\"sg-region-label\">").WriteEscape(SpoilerMapMarkup.Label(region, enclosing, scope)).WriteLine("</p>");
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        scope.Leave();
    }
}
