using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Leaves out a line break that a line this tree hides would leave behind: one before a hidden last line, after a
/// hidden first line, or the second of two around a hidden line (an extra <c>&lt;br /&gt;</c>), so that the text reads
/// as it would without the hidden line. Every other line break is written by Markdig's own renderer.
/// </summary>
public sealed class HiddenEdgeLineBreakRenderer(HtmlObjectRenderer<LineBreakInline> inner) : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        var level = ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint;
        var before = HiddenRun.Before(lineBreak, level);
        if (before.ReachesEdge || (before.Length > 0 && before.Beyond is LineBreakInline) || HiddenRun.After(lineBreak, level).ReachesEdge) return;
        ((IMarkdownObjectRenderer)inner).Write(renderer, lineBreak);
    }
}
