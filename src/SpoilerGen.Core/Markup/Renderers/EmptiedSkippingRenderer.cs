using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Leaves out a paragraph, blockquote or emphasis (<c>**…**</c>, <c>~~…~~</c>, <c>==…==</c>) that hiding has
/// emptied in this tree: an empty <c>&lt;p&gt;&lt;/p&gt;</c> or <c>&lt;strong&gt;&lt;/strong&gt;</c> would show where
/// something is hidden. Everything else is written by Markdig's own renderer.
/// </summary>
public sealed class EmptiedSkippingRenderer<TObject>(HtmlObjectRenderer<TObject> inner) : HtmlObjectRenderer<TObject>
    where TObject : MarkdownObject
{
    protected override void Write(HtmlRenderer renderer, TObject node)
    {
        if (VisibleText.IsEmptiedByHiding(node, ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint)) return;
        ((IMarkdownObjectRenderer)inner).Write(renderer, node);
    }
}
