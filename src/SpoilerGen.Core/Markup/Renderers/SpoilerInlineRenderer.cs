using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>Writes a spoiler phrase when the tree shows its level (in a <c>mark</c> when it is new here), or nothing.</summary>
public sealed class SpoilerInlineRenderer : HtmlObjectRenderer<SpoilerInline>
{
    protected override void Write(HtmlRenderer renderer, SpoilerInline phrase)
    {
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        if (!scope.Shows(phrase.Level)) return;

        var isNew = scope.IsNew(phrase.Level);
        if (isNew) scope.RecordNewContent();
        var marked = isNew && !scope.InsideNewRegion && renderer.EnableHtmlForInline;
        if (marked)
        {
            renderer.Write("<mark class=\"reveal-new\" data-episode=\"").WriteEscape(phrase.EpisodeId)
                .Write("\" title=\"").WriteEscape(scope.NewBadgeText(phrase.Level)).Write("\">");
        }
        renderer.WriteChildren(phrase);
        if (marked) renderer.Write("</mark>");
    }
}
