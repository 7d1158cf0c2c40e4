using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Parses a spoiler phrase, <c>[the phrase]{spoiler=s01e05}</c>, the way Markdig parses a link:
/// the opening bracket becomes a delimiter, and the closing bracket followed by the attribute turns
/// everything parsed since into a <see cref="SpoilerInline"/>. Brackets not followed by the attribute
/// are left to the link parser.
/// </summary>
public sealed partial class SpoilerInlineParser : InlineParser
{
    [GeneratedRegex(@"^\{spoiler=(?<id>[^\s}]+)\}")]
    private static partial Regex Attribute();

    public SpoilerInlineParser()
    {
        OpeningCharacters = ['[', ']'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        slice.CurrentChar == '[' ? TryOpen(processor, ref slice) : TryClose(processor, ref slice);

    private bool TryOpen(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var close = FindMatchingBracket(text, slice.Start, slice.End);
        if (close < 0 || !Attribute().IsMatch(text.AsSpan(close + 1, slice.End - close))) return false;

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        slice.SkipChar();
        processor.Inline = new SpoilerDelimiterInline(this)
        {
            ClosingBracketIndex = close,
            Type = DelimiterType.Open,
            IsActive = true,
            Span = new SourceSpan(start, start),
            Line = line,
            Column = column,
        };
        return true;
    }

    private static bool TryClose(InlineProcessor processor, ref StringSlice slice)
    {
        var opening = NearestOpenBracket(processor.Inline);
        if (opening is not SpoilerDelimiterInline delimiter) return false;

        var text = slice.Text;
        var match = Attribute().Match(text, slice.Start + 1, slice.End - slice.Start);
        if (!match.Success) return false;

        var id = match.Groups["id"];
        processor.GetSourcePosition(id.Index, out var line, out var column);
        var context = processor.Context as SpoilerParserContext
            ?? throw new InvalidOperationException("Spoiler markup must be parsed with a SpoilerParserContext.");
        context.TryResolve(id.Value, line, column, out var level);

        var phrase = new SpoilerInline(id.Value, level)
        {
            Span = new SourceSpan(delimiter.Span.Start, processor.GetSourcePosition(match.Index + match.Length - 1)),
            Line = delimiter.Line,
            Column = delimiter.Column,
        };
        delimiter.ReplaceBy(phrase);
        processor.Inline = phrase;
        processor.PostProcessInlines(0, phrase, null, false);
        phrase.IsClosed = true;

        slice.Start = match.Index + match.Length;
        return true;
    }

    /// <summary>The innermost bracket still open at the parser's position: ours, a link's, or none.</summary>
    private static DelimiterInline? NearestOpenBracket(Inline? inline)
    {
        for (var node = inline; node is not null; node = node.Parent)
        {
            if (node is SpoilerDelimiterInline or LinkDelimiterInline) return (DelimiterInline)node;
        }
        return null;
    }

    /// <summary>
    /// Finds the bracket that closes the one at <paramref name="open"/>, skipping escapes and code spans,
    /// so that a phrase may hold links and brackets of its own.
    /// </summary>
    private static int FindMatchingBracket(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    var run = 1;
                    while (i + run <= end && text[i + run] == '`') run++;
                    var closing = text.IndexOf(new string('`', run), i + run, end - (i + run) + 1, StringComparison.Ordinal);
                    i = closing < 0 ? i + run - 1 : closing + run - 1;
                    break;
                case '<':
                    // A tag or an angle-bracket link, as Markdig reads them: a ']' in an attribute or a URL is not ours.
                    var tag = new StringSlice(text, i, end);
                    var autolink = new StringSlice(text, i, end);
                    if (HtmlHelper.TryParseHtmlTag(ref tag, out _)) i = Math.Max(i, tag.Start - 1);
                    else if (LinkHelper.TryParseAutolink(ref autolink, out _, out _)) i = Math.Max(i, autolink.Start - 1);
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    if (--depth == 0) return i;
                    // An inner link's destination may hold brackets of its own.
                    if (i < end && text[i + 1] == '(')
                    {
                        var destination = new StringSlice(text, i + 1, end);
                        if (LinkHelper.TryParseInlineLink(ref destination, out _, out _)) i = Math.Max(i, destination.Start - 1);
                    }
                    break;
            }
        }
        return -1;
    }
}
