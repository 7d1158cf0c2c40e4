using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>Writes a spoiler phrase outlined inside its paragraph, its episode in a small label before it.</summary>
public sealed class SpoilerMapPhraseRenderer : HtmlObjectRenderer<SpoilerInline>
{
    protected override void Write(HtmlRenderer renderer, SpoilerInline phrase)
    {
        var mapRenderer = (SpoilerMapHtmlRenderer)renderer;
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(phrase);
            return;
        }

        var scope = mapRenderer.Scope;
        var enclosing = scope.EnclosingLevel;
        var region = scope.Enter(SpoilerRegionKind.Phrase, phrase, phrase.Line, phrase.Column, mapRenderer.ExcerptOf(phrase));
        SpoilerMapMarkup.WriteOpening(renderer, "span", region, enclosing, scope);
        renderer.Write("<span class=\"sg-region-label\">").WriteEscape(SpoilerMapMarkup.Label(region, enclosing, scope)).Write("</span> ");
        renderer.WriteChildren(phrase);
        renderer.Write("</span>");
        scope.Leave();
    }
}
