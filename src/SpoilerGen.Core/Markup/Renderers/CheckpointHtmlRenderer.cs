using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// An HTML renderer for one page body in one tree. The Markdown tree is shared by every tree's
/// render and never changed: what is shown is decided here, from <see cref="Scope"/>.
/// </summary>
public sealed class CheckpointHtmlRenderer : HtmlRenderer
{
    private readonly MarkdownPipeline _pipeline;

    public CheckpointHtmlRenderer(TextWriter writer, MarkdownPipeline pipeline, RenderScope scope) : base(writer)
    {
        _pipeline = pipeline;
        Scope = scope;
        pipeline.Setup(this);
        ObjectRenderers.Replace<LiteralInlineRenderer>(new HiddenEdgeLiteralRenderer());
    }

    public RenderScope Scope { get; }

    /// <summary>Renders a whole body; the scope then holds the headings that were shown.</summary>
    public static string RenderBody(MarkdownDocument document, MarkdownPipeline pipeline, RenderScope scope, CancellationToken cancellation = default)
    {
        using var writer = new StringWriter();
        new CheckpointHtmlRenderer(writer, pipeline, scope).StoppedBy(cancellation).Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// Renders a whole body as plain text, with what the scope shows and nothing else: what search
    /// indexes and excerpts are made from.
    /// </summary>
    public static string RenderText(MarkdownDocument document, MarkdownPipeline pipeline, RenderScope scope, CancellationToken cancellation = default)
    {
        using var writer = new StringWriter();
        new CheckpointHtmlRenderer(writer, pipeline, scope)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        }.StoppedBy(cancellation).Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// Stops the render at the next block once <paramref name="cancellation"/> is cancelled: a page of 60,000 paragraphs
    /// takes a second or more to render, and Ctrl+C checked only between pages waited for its end.
    /// </summary>
    private CheckpointHtmlRenderer StoppedBy(CancellationToken cancellation)
    {
        if (cancellation.CanBeCanceled)
        {
            ObjectWriteBefore += (_, node) =>
            {
                if (node is Block) cancellation.ThrowIfCancellationRequested();
            };
        }
        return this;
    }

    /// <summary>The visible text of a block's inlines in this tree, unescaped, for heading ids and tables of contents.</summary>
    public string PlainTextOf(LeafBlock block)
    {
        using var writer = new StringWriter();
        var plain = new CheckpointHtmlRenderer(writer, _pipeline, Scope)
        {
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        plain.WriteLeafInline(block);
        return writer.ToString();
    }
}
