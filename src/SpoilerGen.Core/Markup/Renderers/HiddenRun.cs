using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// A run of sibling inlines that a tree leaves out (phrases past its level, and emphasis or links that hiding has
/// emptied), read from one inline towards one edge of its container, and the first shown inline beyond it.
/// Spaces and line breaks around such a run are written once, as the same text without the run would have them.
/// </summary>
/// <param name="Length">How many hidden inlines the run holds; 0 when the first inline is shown.</param>
/// <param name="Beyond">The first shown inline past the run, or null when the run reaches the container's edge.</param>
public readonly record struct HiddenRun(int Length, Inline? Beyond)
{
    public static HiddenRun Before(Inline inline, int level) => Walk(inline.PreviousSibling, sibling => sibling.PreviousSibling, level);

    public static HiddenRun After(Inline inline, int level) => Walk(inline.NextSibling, sibling => sibling.NextSibling, level);

    /// <summary>Whether the run holds something and reaches the edge of the container.</summary>
    public bool ReachesEdge => Length > 0 && Beyond is null;

    /// <summary>Whether the run holds something and what is shown beyond it already ends (or starts) with a space or a line break.</summary>
    public bool FollowsSpace => Length > 0 && Beyond switch
    {
        LineBreakInline => true,
        LiteralInline literal => literal.Content.Length > 0 && char.IsWhiteSpace(literal.Content.Text[literal.Content.End]),
        _ => false,
    };

    public static bool IsHidden(Inline inline, int level) => inline switch
    {
        SpoilerInline phrase => phrase.Level > level,
        // Not written here but at the end of the footnote as the tree shows it: text before them ends the paragraph.
        Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: true } => true,
        ContainerInline container => VisibleText.IsEmptiedByHiding(container, level),
        _ => false,
    };

    /// <summary>Whether the next inline past the spaces from <paramref name="spaces"/> is hidden, or there is none.</summary>
    private static bool IsHiddenBeyondSpaces(Inline spaces, Func<Inline, Inline?> next, int level)
    {
        var sibling = next(spaces);
        while (sibling is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) sibling = next(sibling);
        return sibling is null || IsHidden(sibling, level);
    }

    private static HiddenRun Walk(Inline? first, Func<Inline, Inline?> next, int level)
    {
        var length = 0;
        for (var sibling = first; sibling is not null; sibling = next(sibling))
        {
            // The space between two hidden phrases goes with them (it is written trimmed away): read past it, or
            // 'Alpha [x] [y]' would end in 'Alpha ' because a space, not the paragraph's end, came after [x].
            if (sibling is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() && length > 0 && IsHiddenBeyondSpaces(sibling, next, level)) continue;
            if (!IsHidden(sibling, level)) return new HiddenRun(length, sibling);
            length++;
        }
        return new HiddenRun(length, null);
    }
}
