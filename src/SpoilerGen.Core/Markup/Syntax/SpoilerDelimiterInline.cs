using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// The opening bracket of a spoiler phrase while its content is still being parsed, like Markdig's
/// own link delimiter; if the phrase never closes it falls back to a literal bracket.
/// </summary>
public sealed class SpoilerDelimiterInline(InlineParser parser) : DelimiterInline(parser)
{
    /// <summary>Where in the source text the phrase's closing bracket is, so that no other inline runs past it.</summary>
    public int ClosingBracketIndex { get; init; } = -1;

    /// <summary>
    /// The link brackets around the phrase that were open and active when it opened. A link inside the phrase makes
    /// Markdown give them up ("links may not contain links"); the phrase gives them back when it closes, so that what
    /// it hides never decides whether the text around it is a link.
    /// </summary>
    public IReadOnlyList<LinkDelimiterInline> OuterLinkBrackets { get; init; } = [];

    public override string ToLiteral() => "[";
}
