using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SpoilerGen.Markup;

/// <summary>
/// Writes a spoiler block or heading section when the tree shows its level, marked as new when this
/// tree is the first to show it; writes nothing at all otherwise.
/// </summary>
public sealed class RevealBlockRenderer : HtmlObjectRenderer<RevealBlock>
{
    protected override void Write(HtmlRenderer renderer, RevealBlock block)
    {
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        if (!scope.Shows(block.Level)) return;

        if (!scope.IsNew(block.Level) || scope.InsideNewRegion || !renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(block);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"reveal reveal-new\" data-episode=\"").WriteEscape(block.EpisodeId).WriteLine("\">");
        renderer.Write("<p class=\"reveal-badge\">").WriteEscape(scope.NewBadgeText(block.Level)).WriteLine("</p>");
        scope.EnterNewRegion();
        renderer.WriteChildren(block);
        scope.LeaveNewRegion();
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
