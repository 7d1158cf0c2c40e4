using Markdig.Syntax;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// Whether a list is loose as a tree at a level shows it, by CommonMark's rule applied to what the tree shows:
/// loose when two shown items, or two shown blocks directly in a shown item, have a blank line between them.
/// A hidden item or block counts as absent together with the blank lines inside it and those that lead up to it,
/// so that a later item's second paragraph (or a later spoiler block in an item) cannot make an earlier tree's
/// list loose, as Markdig's own <see cref="ListBlock.IsLoose"/>, read from the whole parse, would.
/// </summary>
public static class VisibleListLooseness
{
    /// <summary>Whether anything in <paramref name="list"/>, at any depth, is hidden at <paramref name="level"/>.</summary>
    public static bool HasHidden(ListBlock list, int level) => Descendants(list).Any(block => IsHidden(block, level));

    public static bool IsLoose(ListBlock list, int level)
    {
        var lineStarts = DocumentOf(list)?.LineStartIndexes;
        if (lineStarts is null) return list.IsLoose;
        var hiddenLines = new HashSet<int>();
        CollectHiddenLines(list, level, lineStarts, hiddenLines);

        var items = list.Where(item => !IsHidden(item, level)).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var children = ((ContainerBlock)items[i]).Where(child => !IsHidden(child, level)).ToList();
            for (var j = 0; j + 1 < children.Count; j++)
            {
                if (HasBlankBetween(VisibleEndLine(children[j], level, lineStarts), children[j + 1].Line, hiddenLines)) return true;
            }
            if (i + 1 < items.Count && HasBlankBetween(VisibleEndLine(items[i], level, lineStarts), items[i + 1].Line, hiddenLines)) return true;
        }
        return false;
    }

    /// <summary>What the renderers leave out: markup past the level, and blocks hiding has emptied.</summary>
    private static bool IsHidden(Block block, int level) =>
        (block is IRevealable revealable && revealable.Level > level) || VisibleText.IsEmptiedByHiding(block, level);

    /// <summary>Lines between two shown blocks that no hidden block holds are blank: nothing else stands between siblings.</summary>
    private static bool HasBlankBetween(int endLine, int startLine, HashSet<int> hiddenLines)
    {
        for (var line = endLine + 1; line < startLine; line++)
        {
            if (!hiddenLines.Contains(line)) return true;
        }
        return false;
    }

    /// <summary>Every line of each hidden block, and the lines from the sibling before it up to it (the blank lines that lead to it).</summary>
    private static void CollectHiddenLines(ContainerBlock container, int level, List<int> lineStarts, HashSet<int> hiddenLines)
    {
        for (var index = 0; index < container.Count; index++)
        {
            var child = container[index];
            if (IsHidden(child, level))
            {
                var first = index > 0 ? SourceLines.EndLine(container[index - 1], lineStarts) + 1 : child.Line;
                for (var line = first; line <= SourceLines.EndLine(child, lineStarts); line++) hiddenLines.Add(line);
            }
            else if (child is ContainerBlock inner)
            {
                CollectHiddenLines(inner, level, lineStarts, hiddenLines);
            }
        }
    }

    /// <summary>The last line of what a block shows: its own last line, or that of its last shown child.</summary>
    private static int VisibleEndLine(Block block, int level, List<int> lineStarts)
    {
        if (block is not ContainerBlock container) return SourceLines.EndLine(block, lineStarts);
        var last = container.LastOrDefault(child => !IsHidden(child, level));
        return last is null ? block.Line : Math.Max(block.Line, VisibleEndLine(last, level, lineStarts));
    }

    private static IEnumerable<Block> Descendants(ContainerBlock container) =>
        container.SelectMany(child => child is ContainerBlock inner ? Descendants(inner).Prepend(child) : [child]);

    private static MarkdownDocument? DocumentOf(Block block)
    {
        Block? current = block;
        while (current is not null and not MarkdownDocument) current = current.Parent;
        return current as MarkdownDocument;
    }
}
