using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Markdig's bare URL autolinks, read in time in proportion to the paragraph. Markdig reads a URL to its end (a
/// space, a control character or <c>&lt;</c>) before it decides whether it is a link, and starts again at every
/// <c>https://</c> after a <c>(</c>, <c>*</c>, <c>_</c> or <c>~</c>, so one word of <c>https://a/(</c> repeated (330 KB)
/// took 34 s of CPU time, deaf to Ctrl+C. A URL whose end is further than <see cref="UrlWindow"/> characters is text.
/// </summary>
public sealed class WindowedAutoLinkParser(InlineParser inner) : WrappingInlineParser<InlineParser>(inner)
{
    /// <summary>The longest bare URL made a link: far above real ones, far below what makes the reading slow.</summary>
    public const int UrlWindow = 2_048;

    // Where Markdig ends a bare URL: the end of the text, a space or tab, a control character (line ends included), '<'.
    private static readonly SearchValues<char> UrlEnds = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(code => (char)code), .. Enumerable.Range(0x7F, 0x21).Select(code => (char)code), ' ', '<']);

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.AsSpan();
        if (text.Length > UrlWindow && text[..(UrlWindow + 1)].IndexOfAny(UrlEnds) < 0) return false;
        return Inner.Match(processor, ref slice);
    }
}
