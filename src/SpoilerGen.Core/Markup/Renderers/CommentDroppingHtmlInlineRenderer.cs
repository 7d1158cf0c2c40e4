using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Renderers;

/// <summary>Drops inline HTML comments, for the same reason as <see cref="CommentDroppingHtmlBlockRenderer"/>.</summary>
public sealed class CommentDroppingHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    private readonly IMarkdownObjectRenderer _inner = new HtmlInlineRenderer();

    protected override void Write(HtmlRenderer renderer, HtmlInline html)
    {
        if (html.Tag.StartsWith("<!--", StringComparison.Ordinal)) return;
        _inner.Write(renderer, html);
    }
}
