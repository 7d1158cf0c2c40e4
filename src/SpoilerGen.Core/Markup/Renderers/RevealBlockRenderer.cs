using Markdig.Renderers;
using Markdig.Renderers.Html;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Renderers;

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

        var isNew = scope.IsNew(block.Level);
        if (isNew) scope.RecordNewContent();
        var headingsBefore = scope.Headings.Count;
        // A block holds paragraphs as a block quote does, even in a tight list's item: Markdig's tight item writes its
        // paragraphs without <p>, which ran a block's two paragraphs together into one word ("a" and "b" as "ab").
        var itemsParagraphs = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        if (!isNew || scope.InsideNewRegion || !renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(block);
            renderer.ImplicitParagraph = itemsParagraphs;
            RecordNewSection(scope, block, isNew, headingsBefore);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"reveal reveal-new\" data-episode=\"").WriteEscape(block.EpisodeId).WriteLine("\">");
        renderer.Write("<p class=\"reveal-badge\">").WriteEscape(scope.NewBadgeText(block.Level)).WriteLine("</p>");
        scope.EnterNewRegion();
        renderer.WriteChildren(block);
        scope.LeaveNewRegion();
        renderer.ImplicitParagraph = itemsParagraphs;
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        RecordNewSection(scope, block, isNew, headingsBefore);
    }

    private static void RecordNewSection(RenderScope scope, RevealBlock block, bool isNew, int headingsBefore)
    {
        // A section's own heading is its first child, so it is the first heading written for it.
        if (isNew && block is HeadingSectionBlock && scope.Headings.Count > headingsBefore)
        {
            scope.RecordNewSection(scope.Headings[headingsBefore]);
        }
    }
}
