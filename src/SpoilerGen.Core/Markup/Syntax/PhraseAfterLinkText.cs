using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// A spoiler phrase written right after the text of a link (<c>See [x][she dies]{spoiler=s01e05} https://f.org/z</c>).
/// Markdig reads the brackets after a link's <c>]</c> as its label, and what it makes of them is decided by the
/// words in them: a label that reads but names no definition leaves the link's <c>[</c> open, and then no bare URL
/// after it is linked, nor is <c>[^n]</c> a footnote reference; a phrase holding brackets of its own closes it as text.
/// So the hidden words would decide how the public text around them reads. The link's <c>]</c> is read with the
/// phrase out of sight, as the page without the phrase reads it where a space, the end of the line or a <c>]</c>
/// follows the phrase. Where a <c>(</c> or <c>[</c> follows, the page without the phrase has a link there that no
/// tree can show: those phrases are recorded for <see cref="Checks.PhraseAfterLinkTextChecker"/> to refuse.
/// </summary>
public static class PhraseAfterLinkText
{
    /// <summary>
    /// Whether a spoiler phrase starts right after the <c>]</c> at the start of <paramref name="slice"/>, recording the
    /// run of phrases there when what follows it would be read as the link's destination or label without them.
    /// </summary>
    /// <param name="trySpend">spends the paragraph's budget for reading link destinations far, false when it is spent</param>
    public static bool Follows(InlineProcessor processor, StringSlice slice, Func<int, bool> trySpend)
    {
        if (slice.CurrentChar != ']' || processor.Parsers.Find<SpoilerInlineParser>() is not { } phrases) return false;
        var end = phrases.PhraseEndAt(processor, slice, slice.Start + 1);
        if (end < 0) return false;

        var starts = new List<int> { processor.GetSourcePosition(slice.Start + 1) };
        while (phrases.PhraseEndAt(processor, slice, end + 1) is var next and >= 0)
        {
            starts.Add(processor.GetSourcePosition(end + 1));
            end = next;
        }
        // An inactive '[' (in the text of a link already closed inside it) is text whatever follows its ']'.
        if (processor.Inline?.FirstParentOfType<LinkDelimiterInline>() is { IsActive: true }
            && ReadsAsLinkTail(slice.Text, end + 1, slice.End, trySpend)
            && processor.Context is SpoilerParserContext context)
        {
            context.PhraseRunsBeforeLinkTail.Add(starts);
        }
        return true;
    }

    /// <summary>
    /// Whether the text at <paramref name="start"/> would make the link's destination or label right after its <c>]</c>:
    /// a <c>[</c>, or an inline link's <c>(destination "title")</c>. A destination read past the window costs the
    /// paragraph's budget; with that spent, it counts as one, unknown being refused rather than published.
    /// </summary>
    private static bool ReadsAsLinkTail(string text, int start, int end, Func<int, bool> trySpend)
    {
        if (start > end) return false;
        if (text[start] == '[') return true;
        if (text[start] != '(') return false;
        var windowEnd = Math.Min(end, start + LinkTailWindow);
        var window = new StringSlice(text, start, windowEnd);
        if (LinkHelper.TryParseInlineLink(ref window, out _, out _)) return true;
        if (windowEnd == end) return false;
        var whole = new StringSlice(text, start, end);
        return !trySpend(end - start) || LinkHelper.TryParseInlineLink(ref whole, out _, out _);
    }

    /// <summary>How far a destination is read before the paragraph's budget is spent on it.</summary>
    private const int LinkTailWindow = 256;
}
