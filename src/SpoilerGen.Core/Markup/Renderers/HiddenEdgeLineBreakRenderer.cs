using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Leaves out a line break that a line this tree hides would leave behind: one before a hidden last line, after a
/// hidden first line, or the second of two around a hidden line (an extra <c>&lt;br /&gt;</c>), so that the text reads
/// as it would without the hidden line. A backslash break (<c>Back\</c>) before the hidden last line of a paragraph or
/// heading leaves its backslash, which Markdown prints as text at the end of a block. Every other line break is
/// written by Markdig's own renderer.
/// </summary>
public sealed class HiddenEdgeLineBreakRenderer(HtmlObjectRenderer<LineBreakInline> inner) : HtmlObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        var level = ((CheckpointHtmlRenderer)renderer).Scope.Checkpoint;
        var before = HiddenRun.Before(lineBreak, level);
        if (before.ReachesEdge || (before.Length > 0 && before.Beyond is LineBreakInline)) return;
        if (HiddenRun.After(lineBreak, level).ReachesEdge)
        {
            // Only at the block's own end: inside emphasis or a link, a '\' would stand before the closing markup instead.
            if (lineBreak is { IsHard: true, IsBackslash: true, Parent.Parent: null }) renderer.Write('\\');
            return;
        }
        ((IMarkdownObjectRenderer)inner).Write(renderer, lineBreak);
    }
}
