using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a link (or a footnote reference) written in a spoiler phrase that stands in another link's text:
/// <c>[foo [[bar](https://…)]{spoiler=s01e04}](https://…)</c>. Links cannot hold links, and Markdown settles it by
/// making the outer brackets plain text, which early trees would show although it was decided by what they hide.
/// The phrase gives the outer brackets back when it closes (<see cref="SpoilerInlineParser"/>), so a link holding
/// such a phrase is what is left, whatever the phrase hides: the same refusal at every level.
/// </summary>
public static class PhraseLinkInsideLinkChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        foreach (var inner in document.Descendants<Inline>().Where(IsLinkOfItsOwn))
        {
            if (OuterLinkAcrossPhrase(inner) is not { } outer) continue;
            var at = context.PositionOf(outer.Line, outer.Column);
            context.ReportError(inner.Line, inner.Column, DiagnosticCodes.PhraseLinkInsideLink,
                $"this {(inner is FootnoteLink ? "footnote reference" : "link")} is in a spoiler phrase inside the text of the link at line {at.Line}, column {at.Column}: a link cannot hold a link, and Markdown would print the outer link as plain text in every tree, even those that hide the phrase; " +
                "move the phrase out of the outer link's text, or write the hidden words without a link");
        }
    }

    /// <summary>The link whose text holds a phrase that holds <paramref name="inner"/>, if any.</summary>
    private static LinkInline? OuterLinkAcrossPhrase(Inline inner)
    {
        var inPhrase = false;
        for (var node = inner.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case SpoilerInline:
                    inPhrase = true;
                    break;
                // Markdown lets an image's description hold a link (it is written as the image's text).
                case LinkInline { IsImage: true }:
                    return null;
                case LinkInline link:
                    return inPhrase ? link : null;
            }
        }
        return null;
    }

    /// <summary>A link made from brackets (inline, reference or footnote), the kind that makes the brackets around it plain text.</summary>
    private static bool IsLinkOfItsOwn(Inline inline) => inline switch
    {
        FootnoteLink { IsBackLink: false } => true,
        LinkInline { IsImage: false, IsAutoLink: false } => true,
        _ => false,
    };
}
