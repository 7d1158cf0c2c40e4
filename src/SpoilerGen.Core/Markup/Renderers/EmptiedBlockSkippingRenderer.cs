using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Leaves out a paragraph or blockquote that hiding has emptied in this tree: an empty <c>&lt;p&gt;&lt;/p&gt;</c>
/// would show where something is hidden. Everything else is written by Markdig's own renderer.
/// </summary>
public sealed class EmptiedBlockSkippingRenderer<TBlock>(HtmlObjectRenderer<TBlock> inner) : HtmlObjectRenderer<TBlock>
    where TBlock : Block
{
    protected override void Write(HtmlRenderer renderer, TBlock block)
    {
        if (VisibleText.IsEmptiedByHiding(block, ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint)) return;
        ((IMarkdownObjectRenderer)inner).Write(renderer, block);
    }
}
