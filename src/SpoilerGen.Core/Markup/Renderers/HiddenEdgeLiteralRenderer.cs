using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes text as Markdig does, but without the spaces that stand between the edge of a paragraph or heading
/// and a phrase this tree hides: <c>[Her death]{spoiler=s01e05} Then…</c> would otherwise start with a space in
/// earlier trees, which the same paragraph without the phrase never has, and which tells a reader that something
/// is hidden there.
/// </summary>
public sealed class HiddenEdgeLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var slice = literal.Content;
        if (renderer is CheckpointHtmlRenderer checkpoint && literal.Parent is { } parent && parent.ParentBlock is LeafBlock leaf && ReferenceEquals(leaf.Inline, parent))
        {
            if (OnlyHiddenBetween(checkpoint.Scope, literal.PreviousSibling, sibling => sibling.PreviousSibling)) slice.TrimStart();
            if (OnlyHiddenBetween(checkpoint.Scope, literal.NextSibling, sibling => sibling.NextSibling)) slice.TrimEnd();
        }
        if (renderer.EnableHtmlEscape) renderer.WriteEscape(ref slice);
        else renderer.Write(ref slice);
    }

    /// <summary>Whether every inline from <paramref name="first"/> to the block's edge is a phrase this tree hides, and there is one.</summary>
    private static bool OnlyHiddenBetween(RenderScope scope, Inline? first, Func<Inline, Inline?> next)
    {
        if (first is null) return false;
        for (var sibling = first; sibling is not null; sibling = next(sibling))
        {
            if (sibling is not SpoilerInline phrase || scope.Shows(phrase.Level)) return false;
        }
        return true;
    }
}
