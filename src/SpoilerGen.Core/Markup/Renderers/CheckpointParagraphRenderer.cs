using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a paragraph as Markdig does, except that a paragraph hiding has emptied is left out (an empty
/// <c>&lt;p&gt;&lt;/p&gt;</c> would show where something is hidden), Markdig's paragraph made only for a footnote's
/// back links is left to the footnote, and the paragraph a footnote ends with in this tree gets its back links
/// (see <see cref="FootnoteBackLinkPlace"/>).
/// </summary>
public sealed class CheckpointParagraphRenderer : HtmlObjectRenderer<ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        var scope = ((CheckpointHtmlRenderer)renderer).Scope;
        if (VisibleText.IsEmptiedByHiding(paragraph, scope.Checkpoint) || FootnoteBackLinkPlace.IsMadeForBackLinks(paragraph)) return;
        var footnote = renderer.EnableHtmlForInline ? scope.TakeFootnoteEndedBy(paragraph) : null;
        // Markdig's ParagraphRenderer, with the back links before the paragraph's end; and first in its container where
        // what comes before it is hidden in this tree, as it is in the page without that ('<li><p>', not '<li>' and a line).
        if (!renderer.ImplicitParagraph && renderer.EnableHtmlForBlock)
        {
            if (!renderer.IsFirstInContainer && !OnlyHiddenBefore(paragraph, scope.Checkpoint)) renderer.EnsureLine();
            renderer.Write("<p").WriteAttributes(paragraph).Write('>');
        }
        renderer.WriteLeafInline(paragraph);
        if (footnote is not null) CheckpointFootnoteLinkRenderer.WriteBackLinks(renderer, footnote);
        if (renderer.ImplicitParagraph) return;
        if (renderer.EnableHtmlForBlock) renderer.WriteLine("</p>");
        renderer.EnsureLine();
    }

    private static bool OnlyHiddenBefore(ParagraphBlock paragraph, int checkpoint)
    {
        if (paragraph.Parent is not { } parent) return false;
        var index = parent.IndexOf(paragraph);
        if (index <= 0) return false;
        for (var i = 0; i < index; i++)
        {
            var shown = parent[i] switch
            {
                RevealBlock reveal => reveal.Level <= checkpoint,
                ParagraphBlock earlier => !VisibleText.IsEmptiedByHiding(earlier, checkpoint),
                _ => true,
            };
            if (shown) return false;
        }
        return true;
    }
}
