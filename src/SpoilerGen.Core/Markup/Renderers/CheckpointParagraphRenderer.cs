using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a paragraph as Markdig does, except that a paragraph hiding has emptied is left out (an empty
/// <c>&lt;p&gt;&lt;/p&gt;</c> would show where something is hidden), Markdig's paragraph made only for a footnote's
/// back links is left to the footnote, and the paragraph a footnote ends with in this tree gets its back links
/// (see <see cref="FootnoteBackLinkPlace"/>).
/// </summary>
public sealed class CheckpointParagraphRenderer : HtmlObjectRenderer<ParagraphBlock>
{
    private readonly ParagraphRenderer _markdig = new();

    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        if (VisibleText.IsEmptiedByHiding(paragraph, scope.Checkpoint) || FootnoteBackLinkPlace.IsMadeForBackLinks(paragraph)) return;
        if (scope.TakeFootnoteEndedBy(paragraph) is not { } footnote || !renderer.EnableHtmlForInline)
        {
            ((IMarkdownObjectRenderer)_markdig).Write(renderer, paragraph);
            return;
        }
        // Markdig's ParagraphRenderer, with the back links before the paragraph's end.
        if (!renderer.ImplicitParagraph && renderer.EnableHtmlForBlock)
        {
            if (!renderer.IsFirstInContainer) renderer.EnsureLine();
            renderer.Write("<p").WriteAttributes(paragraph).Write('>');
        }
        renderer.WriteLeafInline(paragraph);
        CheckpointFootnoteLinkRenderer.WriteBackLinks(renderer, footnote);
        if (renderer.ImplicitParagraph) return;
        if (renderer.EnableHtmlForBlock) renderer.WriteLine("</p>");
        renderer.EnsureLine();
    }
}
