using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// A footnote belongs to the spoiler section it is written in, as a link definition does: a reference
/// shown earlier than its footnote would print the footnote's text (or at least its number) in trees that
/// must not see it, so it is an error at the reference. Markdown reads footnotes only at the top level of a
/// page: one written inside a spoiler block would be printed as text, so that is an error too. A footnote
/// whose whole text is hidden where its reference is shown would leave an empty note and its number,
/// which tell early readers that something is hidden there: an error as well.
/// </summary>
public static partial class FootnoteScopeChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        CheckDefinitionsAtTop(document, context);
        if (FootnoteLevels.GroupOf(document) is not { } group) return;

        var references = FootnoteLevels.ReferencesInBody(document)
            .Concat(group.OfType<Footnote>().SelectMany(footnote => FootnoteLevels.ReferencesIn(footnote, FootnoteLevels.WrittenAt(footnote)))).ToList();
        RevealRegions? regions = null;
        foreach (var (reference, level) in references)
        {
            var written = FootnoteLevels.WrittenAt(reference.Footnote);
            if (written <= level) continue;
            regions ??= new RevealRegions(document);
            var (where, move) = WrittenPlace.Of(regions.BlockAt(reference.Footnote.Span.Start), context, document.LineStartIndexes);
            context.ReportError(reference.Line, reference.Column, DiagnosticCodes.FootnoteOutOfScope,
                $"this footnote reference '[{reference.Footnote.Label}]' is shown from {context.LabelOf(level)}, but its footnote at line {context.PositionOf(reference.Footnote.Line, 0).Line} is written {(where.Length > 0 ? where : "where it is")}, hidden until {context.LabelOf(written)}; " +
                $"{move} (a footnote is shown where its references are, wherever it is written), or hide the reference with the footnote");
        }
        var referencesOf = references.ToLookup(found => found.Reference.Footnote);
        foreach (var footnote in group.OfType<Footnote>())
        {
            var shownFrom = FootnoteLevels.ShownFrom(footnote);
            if (shownFrom == FootnoteLevels.Never || !IsEmptiedByHiding(footnote, shownFrom)) continue;
            // At the reference shown first: that is what the author should hide.
            var first = referencesOf[footnote].OrderBy(found => found.Level).Select(found => found.Reference).FirstOrDefault();
            context.ReportError(first?.Line ?? footnote.Line, first?.Column ?? 0, DiagnosticCodes.FootnoteEmptiedByHiding,
                $"this reference shows footnote '[{footnote.Label}]' from the tree {context.LabelOf(shownFrom)}, but all of the footnote's text (line {context.PositionOf(footnote.Line, 0).Line}) is hidden there: readers would see its number and an empty note, which says that something is hidden; " +
                "hide the reference with the words it follows ('[twist[^a]]{spoiler=s01e05}') and write the footnote's text plainly");
        }
    }

    /// <summary>
    /// Whether the footnote hides something at <paramref name="level"/> and shows nothing else there but the back
    /// link that Markdig adds to its last paragraph.
    /// </summary>
    private static bool IsEmptiedByHiding(Footnote footnote, int level)
    {
        var hides = false;
        var shows = false;
        Model.RevealWalker.Walk(footnote, level, (node, nodeLevel) =>
        {
            if (nodeLevel > level) { hides = true; return; }
            shows |= node switch
            {
                FootnoteLink { IsBackLink: true } => false,
                LiteralInline literal => !literal.Content.IsEmptyOrWhitespace(),
                HtmlInline html => !html.Tag.StartsWith("<!--", StringComparison.Ordinal),
                HtmlBlock html => html.Type != HtmlBlockType.Comment,
                CodeInline or HtmlEntityInline or AutolinkInline or FootnoteLink or LinkInline { IsImage: true } or CodeBlock or ThematicBreakBlock => true,
                _ => false,
            };
        });
        return hides && !shows;
    }

    private static void CheckDefinitionsAtTop(MarkdownDocument document, SpoilerParserContext context)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Parent is MarkdownDocument or HeadingSectionBlock or Footnote or FootnoteGroup or null) continue;
            var firstLine = block switch
            {
                // Markdig has let go of a paragraph's lines by now: read its text.
                ParagraphBlock paragraph => VisibleText.Of(paragraph.Inline, int.MaxValue),
                // Markdig files a footnote's own definition with the links' ones: that one is a footnote already.
                LinkReferenceDefinition definition when definition is not FootnoteLinkReferenceDefinition && definition.Label?.StartsWith('^') == true => $"[{definition.Label}]:",
                _ => null,
            };
            if (firstLine is null || !FootnoteDefinition().IsMatch(firstLine)) continue;
            var where = block.Parent is SpoilerBlock ? "a spoiler block" : "a list or quote";
            context.ReportError(block.Line, block.Column, DiagnosticCodes.FootnoteDefinitionNotAtTop,
                $"this looks like a footnote, but Markdown reads footnotes only at the top level of a page, not inside {where}, and would print it as text; " +
                "write it after the block at the start of a line: a footnote is shown only in trees that show a reference to it");
        }
    }

    [GeneratedRegex(@"^\s*\[\^[^\]\s]+\]:")]
    private static partial Regex FootnoteDefinition();
}
