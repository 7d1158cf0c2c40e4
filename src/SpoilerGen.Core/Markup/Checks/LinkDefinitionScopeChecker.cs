using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// A link reference definition (<c>[w]: https://… "title"</c>) belongs to the spoiler block or section it
/// is written in. Markdown makes every definition page-wide, so a link shown earlier than its definition
/// would carry the definition's URL and title into trees that must not see them; two definitions of one
/// label at different levels would let the hidden one decide a visible link. Both are errors.
/// </summary>
public static class LinkDefinitionScopeChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        // Heading sections may have taken the document's definition group in; look everywhere.
        var definitions = document.Descendants<LinkReferenceDefinitionGroup>().SelectMany(group => group.OfType<LinkReferenceDefinition>()).ToList();
        if (definitions.Count == 0) return;
        var regions = new RevealRegions(document);

        foreach (var label in definitions.GroupBy(definition => Normalize(definition.Label)))
        {
            var first = label.First();
            foreach (var other in label.Skip(1).Where(other => regions.LevelAt(other.Span.Start) != regions.LevelAt(first.Span.Start)))
            {
                context.ReportError(other.Line, other.Column, DiagnosticCodes.LinkDefinitionConflict,
                    $"the link label '[{other.Label}]' is already defined at line {context.PositionOf(first.Line, 0).Line}, at another spoiler level, and Markdown would use one definition everywhere; give each definition its own label");
            }
        }

        Model.RevealWalker.Walk(document, 0, (node, level) =>
        {
            if (node is not LinkInline link || DefinitionOf(document, link) is not { } definition) return;
            var definitionLevel = regions.LevelAt(definition.Span.Start);
            if (definitionLevel <= level) return;
            var (where, move) = WrittenPlace.Of(regions.BlockAt(definition.Span.Start), context, document.LineStartIndexes);
            context.ReportError(link.Line, link.Column, DiagnosticCodes.LinkDefinitionOutOfScope,
                $"this {(link.IsImage ? "image" : "link")} is shown from {context.LabelOf(level)}, but it uses the definition of '[{definition.Label}]' at line {context.PositionOf(definition.Line, 0).Line}, written {(where.Length > 0 ? where : "where it is")}, hidden until {context.LabelOf(definitionLevel)}, so its URL and title would appear early; " +
                $"{move} (a definition serves the whole page), write the URL in the link itself, or hide the link with the definition");
        });
    }

    private static LinkReferenceDefinition? DefinitionOf(MarkdownDocument document, LinkInline link) =>
        link.Reference ?? (link.Label is { } label && document.TryGetLinkReferenceDefinition(label, out var definition) ? definition : null);

    /// <summary>Labels match as Markdown matches them: case-insensitively, with runs of white space as one space.</summary>
    private static string Normalize(string? label) =>
        string.Join(' ', (label ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
