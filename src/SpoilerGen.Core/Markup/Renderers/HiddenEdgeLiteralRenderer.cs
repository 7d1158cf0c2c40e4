using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes text as Markdig does, but without the spaces that a phrase this tree hides leaves doubled or at an edge:
/// <c>[Her death]{spoiler=s01e05} Then…</c> would otherwise start with a space in earlier trees, and
/// <c>Alpha [x]{spoiler=s01e05} beta</c> would read <c>Alpha  beta</c>, where the same text without the phrase
/// has none or one. Edges are those of the paragraph, heading, emphasis or link the text stands in, and line ends.
/// </summary>
public sealed class HiddenEdgeLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var slice = literal.Content;
        if (renderer is CheckpointHtmlRenderer checkpoint && literal.Parent is not null)
        {
            var level = checkpoint.Scope.Checkpoint;
            var before = HiddenRun.Before(literal, level);
            var after = HiddenRun.After(literal, level);
            if (before.ReachesEdge || before.FollowsSpace) slice.TrimStart();
            if (after.ReachesEdge || (after.Length > 0 && after.Beyond is LineBreakInline)) slice.TrimEnd();
        }
        if (renderer.EnableHtmlEscape) renderer.WriteEscape(ref slice);
        else renderer.Write(ref slice);
    }
}
