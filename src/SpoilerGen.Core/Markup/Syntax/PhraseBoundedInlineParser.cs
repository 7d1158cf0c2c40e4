using Markdig.Helpers;
using Markdig.Parsers;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Wraps an inline parser that reads greedily to the right (the bare URL autolinks of Markdig's
/// extension) so that inside a spoiler phrase it stops at the phrase's closing bracket: otherwise
/// <c>[see https://x.org/a]{spoiler=s01e05}</c> would take <c>]{spoiler=s01e05}</c> into the URL and the
/// phrase, URL and all, would be printed in every tree.
/// </summary>
public sealed class PhraseBoundedInlineParser(InlineParser inner) : WrappingInlineParser<InlineParser>(inner)
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var bound = OpenPhraseEnd(processor);
        if (bound <= slice.Start || bound > slice.End) return Inner.Match(processor, ref slice);

        return MatchUpTo(processor, ref slice, bound - 1);
    }

    private static int OpenPhraseEnd(InlineProcessor processor)
    {
        for (var node = processor.Inline; node is not null; node = node.Parent)
        {
            if (node is SpoilerDelimiterInline { IsActive: true } phrase) return phrase.ClosingBracketIndex;
        }
        return -1;
    }
}
