using Markdig.Helpers;
using Markdig.Parsers;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// An inline parser standing in the pipeline for one of Markdig's, which it wraps: it opens on the same characters
/// and is set up with it, and it decides how far the wrapped parser may read (<see cref="MatchUpTo"/>).
/// </summary>
public abstract class WrappingInlineParser<TInner> : InlineParser where TInner : InlineParser
{
    protected WrappingInlineParser(TInner inner)
    {
        Inner = inner;
        OpeningCharacters = inner.OpeningCharacters;
    }

    /// <summary>Markdig's parser, which does the reading.</summary>
    protected TInner Inner { get; }

    public override void Initialize() => Inner.Initialize();

    /// <summary>The wrapped parser's match with the text cut at <paramref name="end"/> (its last character), the slice whole again after.</summary>
    protected bool MatchUpTo(InlineProcessor processor, ref StringSlice slice, int end)
    {
        var wholeEnd = slice.End;
        slice.End = end;
        try
        {
            return Inner.Match(processor, ref slice);
        }
        finally
        {
            slice.End = wholeEnd;
        }
    }
}
