using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes a heading with its id (the same in every tree, see <see cref="HeadingAnchors"/>) and records it
/// for the table of contents. A heading whose text is all hidden in this tree is not written at all.
/// </summary>
public sealed class CheckpointHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly string[] Tags = ["h1", "h2", "h3", "h4", "h5", "h6"];

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var checkpointRenderer = (CheckpointHtmlRenderer)renderer;
        if (!renderer.EnableHtmlForBlock)
        {
            if (VisibleText.IsEmptiedByHiding(heading, checkpointRenderer.Scope.Checkpoint)) return;
            renderer.WriteLeafInline(heading);
            renderer.EnsureLine();
            return;
        }

        if (VisibleText.IsEmptiedByHiding(heading, checkpointRenderer.Scope.Checkpoint)) return;
        var tag = Tags[Math.Clamp(heading.Level, 1, 6) - 1];
        var text = checkpointRenderer.PlainTextOf(heading).Trim();
        var id = HeadingAnchors.Of(heading).Id;
        checkpointRenderer.Scope.AddHeading(heading.Level, id, text);

        renderer.EnsureLine();
        renderer.Write('<').Write(tag).Write(" id=\"").WriteEscape(id).Write("\">");
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
