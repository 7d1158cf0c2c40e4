using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// How deeply a parsed Markdown document nests, and where its deepest element is. Markdig refuses
/// to parse or render past its nesting limit with an exception that says nowhere; measuring the tree
/// first (without recursion, so that depth itself cannot overflow the stack) gives the author a place.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>The depth of the deepest element, and its zero-based line and column in the parsed text.</summary>
    public static (int Depth, int Line, int Column) Deepest(MarkdownDocument document)
    {
        var deepest = (Depth: 0, Line: 0, Column: 0);
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepest.Depth) deepest = (depth, node.Line, node.Column);
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return deepest;
    }
}
