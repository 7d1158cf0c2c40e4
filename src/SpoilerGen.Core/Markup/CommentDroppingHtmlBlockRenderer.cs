using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpoilerGen.Markup;

/// <summary>
/// Drops HTML comment blocks: authors leave notes in them, and a comment would carry its text into
/// every tree whatever its spoiler level.
/// </summary>
public sealed class CommentDroppingHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    private readonly IMarkdownObjectRenderer _inner = new HtmlBlockRenderer();

    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment) return;
        _inner.Write(renderer, block);
    }
}
