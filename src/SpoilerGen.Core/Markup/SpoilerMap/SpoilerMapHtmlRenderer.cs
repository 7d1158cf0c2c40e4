using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>
/// Renders a page body in its fullest form, every spoiler region outlined and labelled with its
/// episode: the author's view of what is marked at which level, and what is not marked at all. Only
/// <c>serve</c> shows it; it never reaches a built site. It reads the same parse as every tree's render.
/// </summary>
public sealed class SpoilerMapHtmlRenderer : HtmlRenderer
{
    private readonly MarkdownPipeline _pipeline;

    public SpoilerMapHtmlRenderer(TextWriter writer, MarkdownPipeline pipeline, SpoilerMapScope scope) : base(writer)
    {
        _pipeline = pipeline;
        Scope = scope;
        // The pipeline's other extensions (tables, task lists) register their renderers; the spoiler
        // extension registers its checkpoint renderers only on a checkpoint renderer, so ours go in here.
        pipeline.Setup(this);
        ObjectRenderers.Insert(0, new SpoilerMapRegionRenderer());
        ObjectRenderers.Insert(0, new SpoilerMapPhraseRenderer());
        ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SpoilerMapLinkRenderer());
    }

    public SpoilerMapScope Scope { get; }

    /// <summary>Renders a whole body; the scope then holds every region, in the order written.</summary>
    public static string RenderBody(MarkdownDocument document, MarkdownPipeline pipeline, SpoilerMapScope scope)
    {
        using var writer = new StringWriter();
        new SpoilerMapHtmlRenderer(writer, pipeline, scope).Render(document);
        return writer.ToString();
    }

    /// <summary>The plain text of a node's content, shortened, to name a region in a list.</summary>
    public string ExcerptOf(MarkdownObject node, int maximumLength = 80)
    {
        using var writer = new StringWriter();
        var plain = new SpoilerMapHtmlRenderer(writer, _pipeline, new SpoilerMapScope(0, Scope.LevelLabel, Scope.ResolveLink, 0))
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        switch (node)
        {
            case ContainerBlock container:
                plain.WriteChildren(container);
                break;
            case Markdig.Syntax.Inlines.ContainerInline inline:
                plain.WriteChildren(inline);
                break;
        }
        var text = FlatText.Start(writer.ToString(), maximumLength);
        return text.Length <= maximumLength ? text : text[..FlatText.WholeCharactersWithin(text, maximumLength - 1)].TrimEnd() + "…";
    }
}
