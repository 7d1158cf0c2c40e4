using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Markdig's link parser, with the reading of inline links' destinations bounded by the paragraph's length.
/// At each <c>](</c> after an open bracket Markdig reads the destination to its end, and one that never closes
/// runs to the end of the paragraph: <c>'[](x' × 40,000</c> (160 KB) took 7 s, and ten times that would take
/// ten minutes. A destination is read in full while the paragraph's budget lasts (twice its length), beyond that
/// only as far as a window: a link whose destination and title are longer than the window is then text. A spoiler
/// phrase right after a link's text is kept out of its reading (<see cref="PhraseAfterLinkText"/>), and one inside
/// brackets that would be a reference label without it is recorded (<see cref="PhraseInReferenceLabel"/>).
/// </summary>
public sealed class BoundedLinkInlineParser(LinkInlineParser inner) : WrappingInlineParser<LinkInlineParser>(inner)
{
    private const int LinkWindow = 256;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        // The link's ']' is read as if the spoiler phrase right after it were not there: what it hides must not decide the link.
        var paragraph = slice;
        if (slice.CurrentChar == '[') PhraseInReferenceLabel.Record(processor, slice, slice.Start);
        else if (slice.CurrentChar == '!' && slice.PeekChar() == '[') PhraseInReferenceLabel.Record(processor, slice, slice.Start + 1);
        if (slice.CurrentChar == ']' && PhraseAfterLinkText.Follows(processor, slice, characters => Budget(processor, paragraph).TrySpend(characters)))
            return MatchUpTo(processor, ref slice, slice.Start);
        if (slice.CurrentChar != ']' || slice.PeekChar() != '(' || slice.End - slice.Start <= LinkWindow) return Inner.Match(processor, ref slice);

        var budget = Budget(processor, slice);
        var windowEnd = slice.Start + LinkWindow;
        var window = new StringSlice(slice.Text, slice.Start + 1, windowEnd);
        // A parse that ends inside the window is the same whatever follows: only one that runs past it costs more.
        if (LinkHelper.TryParseInlineLink(ref window, out _, out _) || budget.TrySpend(slice.End - slice.Start)) return Inner.Match(processor, ref slice);

        return MatchUpTo(processor, ref slice, windowEnd);
    }

    private LinkBudget Budget(InlineProcessor processor, StringSlice slice)
    {
        if (processor.ParserStates[Index] is LinkBudget budget && ReferenceEquals(budget.Text, slice.Text)) return budget;
        budget = new LinkBudget(slice.Text, BracketPairs.LinkBudgetFor(slice.End - slice.Start + 1));
        processor.ParserStates[Index] = budget;
        return budget;
    }

    /// <summary>What is left to read of one paragraph's long link destinations.</summary>
    private sealed class LinkBudget(string text, long remaining)
    {
        public string Text => text;

        public bool TrySpend(long characters)
        {
            if (characters > remaining) return false;
            remaining -= characters;
            return true;
        }
    }
}
