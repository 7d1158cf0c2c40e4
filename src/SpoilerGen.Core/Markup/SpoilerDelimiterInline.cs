using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup;

/// <summary>
/// The opening bracket of a spoiler phrase while its content is still being parsed, like Markdig's
/// own link delimiter; if the phrase never closes it falls back to a literal bracket.
/// </summary>
public sealed class SpoilerDelimiterInline(InlineParser parser) : DelimiterInline(parser)
{
    public override string ToLiteral() => "[";
}
