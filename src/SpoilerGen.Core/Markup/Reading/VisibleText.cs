using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// What of a part of the Markdown tree a tree at a given level shows, read straight from the tree
/// without rendering: the plain text of a heading at a level, and whether hiding has left a block,
/// list item or link with nothing to show (so that it is left out rather than written empty).
/// </summary>
public static class VisibleText
{
    /// <summary>The plain text of inlines as a tree at <paramref name="level"/> shows them.</summary>
    public static string Of(ContainerInline? inlines, int level)
    {
        var text = new StringBuilder();
        if (inlines is not null) Append(inlines, level, text);
        return text.ToString().Trim();
    }

    /// <summary>
    /// Whether <paramref name="node"/> holds something hidden at <paramref name="level"/> and shows
    /// nothing else there. Plain Markdown (nothing hidden) is never "emptied", so it renders as Markdig renders it.
    /// </summary>
    public static bool IsEmptiedByHiding(MarkdownObject node, int level) => HasHidden(node, level) && !HasVisible(node, level);

    /// <summary>Whether a tree at <paramref name="level"/> shows anything of <paramref name="node"/>.</summary>
    public static bool ShowsAnything(MarkdownObject node, int level) => HasVisible(node, level);

    private static void Append(Inline inline, int level, StringBuilder text)
    {
        switch (inline)
        {
            case SpoilerInline phrase when phrase.Level > level:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case ContainerInline container:
                foreach (var child in container) Append(child, level, text);
                return;
        }
    }

    private static bool HasHidden(MarkdownObject node, int level) => node switch
    {
        IRevealable revealable when revealable.Level > level => true,
        ContainerBlock container => container.Any(child => HasHidden(child, level)),
        LeafBlock leaf => leaf.Inline is { } inline && HasHidden(inline, level),
        ContainerInline inlines => inlines.Any(child => HasHidden(child, level)),
        _ => false,
    };

    private static bool HasVisible(MarkdownObject node, int level) => node switch
    {
        IRevealable revealable when revealable.Level > level => false,
        LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock => false,
        HtmlBlock html => HtmlComments.Remove(string.Join('\n', Enumerable.Range(0, html.Lines.Count).Select(i => html.Lines.Lines[i].Slice.ToString()))).Trim().Length > 0,
        ContainerBlock container => container.Any(child => HasVisible(child, level)),
        LeafBlock { Inline: { } inline } => HasVisible(inline, level),
        LeafBlock => true,
        LiteralInline literal => !literal.Content.IsEmptyOrWhitespace(),
        LineBreakInline => false,
        Markdig.Extensions.TaskLists.TaskList => false,
        // Written where the tree's footnote ends, whatever Markdig's paragraph it sits in shows.
        Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: true } => false,
        HtmlInline html => !html.Tag.StartsWith("<!--", StringComparison.Ordinal),
        LinkInline { IsImage: true } image => !HasHidden(image, level) || image.Any(child => HasVisible(child, level)),
        ContainerInline inlines => inlines.Any(child => HasVisible(child, level)),
        _ => true,
    };
}
