using Markdig.Helpers;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// The closing bracket of every opening bracket of one paragraph's text, found in one pass from its start:
/// escapes, code spans, tags and angle-bracket links hold no brackets of ours, and an inner link's destination
/// may hold brackets of its own. Looking for each opening bracket's pair from the bracket itself read the rest of
/// the paragraph once per bracket: 10,000 brackets before 10,000 unclosed links (40 KB) never finished.
/// </summary>
public sealed class BracketPairs
{
    /// <summary>
    /// How much of the text is read at first for an inner link's destination and title: one that is longer is read
    /// in full only while the paragraph's budget lasts, so that many unclosed links cost time in proportion to the text.
    /// </summary>
    private const int LinkWindow = 256;

    private const int CharactersBetweenCancellationChecks = 1 << 16;

    private readonly Dictionary<int, int> _closingOf = [];

    private BracketPairs(string text)
    {
        Text = text;
    }

    /// <summary>The text the pairs were found in: a parser state is reused only for the same text.</summary>
    public string Text { get; }

    /// <summary>Where the bracket at <paramref name="open"/> closes, or -1 if it does not (or is not a bracket the pass saw).</summary>
    public int ClosingOf(int open) => _closingOf.GetValueOrDefault(open, -1);

    public static BracketPairs Find(string text, int start, int end, CancellationToken cancellationToken)
    {
        var pairs = new BracketPairs(text);
        var codeSpans = new CodeSpanRuns(text, start, end);
        var open = new Stack<int>();
        var linkBudget = LinkBudgetFor(end - start + 1);
        for (var i = start; i <= end; i++)
        {
            if ((i - start) % CharactersBetweenCancellationChecks == 0) cancellationToken.ThrowIfCancellationRequested();
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    i = codeSpans.EndOfSpanAt(i);
                    break;
                case '<':
                    // A tag or an angle-bracket link, as Markdig reads them: a ']' in an attribute or a URL is not ours.
                    var tag = new StringSlice(text, i, end);
                    var autolink = new StringSlice(text, i, end);
                    if (HtmlHelper.TryParseHtmlTag(ref tag, out _)) i = Math.Max(i, tag.Start - 1);
                    else if (LinkHelper.TryParseAutolink(ref autolink, out _, out _)) i = Math.Max(i, autolink.Start - 1);
                    break;
                case '[':
                    open.Push(i);
                    break;
                case ']':
                    if (open.Count == 0) break;
                    pairs._closingOf[open.Pop()] = i;
                    // For the brackets still open around it, an inner link's destination may hold brackets of its own.
                    if (open.Count > 0 && i < end && text[i + 1] == '(' && InlineLinkEnd(text, i + 1, end, ref linkBudget) is { } linkEnd) i = linkEnd;
                    break;
            }
        }
        return pairs;
    }

    /// <summary>A budget for <see cref="InlineLinkEnd"/> over a text of <paramref name="length"/> characters.</summary>
    public static long LinkBudgetFor(int length) => 2L * length + (1 << 16);

    /// <summary>
    /// The last character of the inline link's <c>(destination "title")</c> starting at <paramref name="start"/>, or null if
    /// it does not close, or if finding out would read past the window with <paramref name="budget"/> spent.
    /// </summary>
    public static int? InlineLinkEnd(string text, int start, int end, ref long budget)
    {
        var windowEnd = Math.Min(end, start + LinkWindow);
        var window = new StringSlice(text, start, windowEnd);
        // A parse is the same whatever follows where it ends: one that ends inside the window is the whole answer.
        if (LinkHelper.TryParseInlineLink(ref window, out _, out _)) return window.Start - 1;
        if (windowEnd == end || budget < end - start) return null;
        budget -= end - start;
        var whole = new StringSlice(text, start, end);
        return LinkHelper.TryParseInlineLink(ref whole, out _, out _) ? whole.Start - 1 : null;
    }
}
