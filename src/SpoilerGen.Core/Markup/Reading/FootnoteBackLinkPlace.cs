using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// Where a tree writes a footnote's back links: at the end of the last paragraph the note shows there (looking into a
/// spoiler block or section that ends the note), or in a paragraph of their own when the note shows something else
/// last (a list, a quote, a heading). Markdig puts them in the last paragraph of the source, which may be hidden
/// (the links then moved or vanished in early trees); read from what a tree shows, their place depends on nothing it hides.
/// </summary>
public static class FootnoteBackLinkPlace
{
    /// <summary>The paragraph the back links end in a tree at <paramref name="level"/>, or null for a paragraph of their own.</summary>
    public static ParagraphBlock? Of(Footnote footnote, int level) => LastShownParagraph(footnote, level);

    /// <summary>Whether Markdig made this paragraph only to hold back links (the note did not end with a paragraph).</summary>
    public static bool IsMadeForBackLinks(ParagraphBlock paragraph) =>
        paragraph.Inline is { FirstChild: not null } inlines && inlines.All(inline => inline is FootnoteLink { IsBackLink: true });

    private static ParagraphBlock? LastShownParagraph(ContainerBlock container, int level)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            var block = container[i];
            // Hidden, emptied by hiding, a blank line, or Markdig's paragraph of back links alone: not shown.
            if (!VisibleText.ShowsAnything(block, level)) continue;
            return block switch
            {
                ParagraphBlock paragraph => paragraph,
                RevealBlock reveal => LastShownParagraph(reveal, level),
                _ => null,
            };
        }
        return null;
    }
}
