using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpoilerGen.Markup;

/// <summary>
/// Writes a heading with an id made from the text this tree shows of it, and records it for the
/// table of contents.
/// </summary>
public sealed class CheckpointHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var checkpointRenderer = (CheckpointHtmlRenderer)renderer;
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteLeafInline(heading);
            renderer.EnsureLine();
            return;
        }

        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        var text = checkpointRenderer.PlainTextOf(heading).Trim();
        var id = checkpointRenderer.Scope.AddHeading(heading.Level, text);

        renderer.EnsureLine();
        renderer.Write('<').Write(tag).Write(" id=\"").WriteEscape(id).Write("\">");
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
