using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Model;

/// <summary>
/// Visits every node of a Markdown tree with its effective level: the highest level among the node
/// and its enclosing spoiler blocks, sections and phrases, since an inner spoiler never shows before its outer one.
/// A footnote's content counts from the level at which the footnote is first shown (see <see cref="FootnoteLevels"/>).
/// </summary>
public static class RevealWalker
{
    public static void Walk(MarkdownObject node, int level, Action<MarkdownObject, int> visit)
    {
        if (node is IRevealable revealable) level = Math.Max(level, revealable.Level);
        if (node is Footnote footnote) level = Math.Max(level, FootnoteLevels.ShownFrom(footnote));
        visit(node, level);
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container) Walk(child, level, visit);
                break;
            case LeafBlock { Inline: { } inline }:
                Walk(inline, level, visit);
                break;
            case ContainerInline inlines:
                foreach (var child in inlines) Walk(child, level, visit);
                break;
        }
    }
}
