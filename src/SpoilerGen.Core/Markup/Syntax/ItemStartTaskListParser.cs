using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Wraps Markdig's task list parser so that it reads <c>[ ]</c>, <c>[x]</c> and <c>[X]</c> only where GitHub does: at the
/// start of a list item's first paragraph. Markdig's reads them anywhere in a list item, so the phrase
/// <c>- item [x]{spoiler=s01e05}</c> lost its opening bracket to a checkbox and was refused. Nor where a spoiler
/// attribute follows: <c>- [x]{spoiler=s01e05}</c> is a phrase "x", not a checkbox and stray markup.
/// </summary>
public sealed class ItemStartTaskListParser(InlineParser inner) : WrappingInlineParser<InlineParser>(inner)
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        processor.Block is ParagraphBlock { Parent: ListItemBlock item } paragraph
        && item.Count > 0 && ReferenceEquals(item[0], paragraph)
        && processor.Root?.FirstChild is null
        && slice.PeekCharExtra(3) != '{'
        && Inner.Match(processor, ref slice);
}
