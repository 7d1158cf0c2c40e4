using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Parses a spoiler phrase, <c>[the phrase]{spoiler=s01e05}</c>, the way Markdig parses a link:
/// the opening bracket becomes a delimiter, and the closing bracket followed by the attribute turns
/// everything parsed since into a <see cref="SpoilerInline"/>. Brackets not followed by the attribute
/// are left to the link parser.
/// </summary>
public sealed partial class SpoilerInlineParser : InlineParser
{
    /// <summary>
    /// The id is read for at most <see cref="MaximumIdLength"/> characters: unbounded, every bracket of a line of
    /// '[a]{spoiler=' read the rest of the line looking for the '}' (100,000 of them took 58 s). A longer id is not
    /// read as markup, which the lookalike check refuses (SG0203).
    /// </summary>
    [GeneratedRegex(@"^\{spoiler=(?<id>[^\s}]{1,64})\}")]
    private static partial Regex Attribute();

    /// <summary>The longest episode id a phrase can name; the config refuses longer ids.</summary>
    public const int MaximumIdLength = 64;

    public SpoilerInlineParser()
    {
        OpeningCharacters = ['[', ']'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        SpoilerParserContext.CancellationTokenOf(processor).ThrowIfCancellationRequested();
        return slice.CurrentChar == '[' ? TryOpen(processor, ref slice) : TryClose(processor, ref slice);
    }

    /// <summary>
    /// The paragraph's bracket pairs, found once when its first bracket is met (Markdig clears parser states
    /// between paragraphs), so that a phrase may hold links and brackets of its own.
    /// </summary>
    private BracketPairs Pairs(InlineProcessor processor, StringSlice slice)
    {
        if (processor.ParserStates[Index] is BracketPairs pairs && ReferenceEquals(pairs.Text, slice.Text)) return pairs;
        pairs = BracketPairs.Find(slice.Text, slice.Start, slice.End, SpoilerParserContext.CancellationTokenOf(processor));
        processor.ParserStates[Index] = pairs;
        return pairs;
    }

    /// <summary>
    /// Where the phrase whose '[' is at <paramref name="open"/> ends (the '}' of its attribute), or -1 if no phrase opens
    /// there: read as <see cref="TryOpen"/> reads it, so that other parsers can keep away from a phrase before it is parsed.
    /// </summary>
    public int PhraseEndAt(InlineProcessor processor, StringSlice slice, int open)
    {
        if (open < slice.Start || open > slice.End || slice.Text[open] != '[') return -1;
        var close = Pairs(processor, slice).ClosingOf(open);
        if (close < 0 || close >= slice.End) return -1;
        var match = Attribute().Match(slice.Text, close + 1, slice.End - close);
        return match.Success ? match.Index + match.Length - 1 : -1;
    }

    /// <summary>Where the bracket at <paramref name="open"/> closes in the paragraph, as phrases pair brackets, or -1.</summary>
    public int ClosingBracketAt(InlineProcessor processor, StringSlice slice, int open) =>
        open < slice.Start || open > slice.End || slice.Text[open] != '[' ? -1 : Pairs(processor, slice).ClosingOf(open);

    private bool TryOpen(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var close = Pairs(processor, slice).ClosingOf(slice.Start);
        if (close < 0 || !Attribute().IsMatch(text.AsSpan(close + 1, slice.End - close))) return false;

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        if (NamesFootnote(processor, text.Substring(slice.Start + 1, close - slice.Start - 1)) is { } label) ReportFootnoteGivenLevel(processor, label, line, column);
        slice.SkipChar();
        processor.Inline = new SpoilerDelimiterInline(this)
        {
            ClosingBracketIndex = close,
            OuterLinkBrackets = ActiveLinkBracketsAround(processor.Inline),
            Type = DelimiterType.Open,
            IsActive = true,
            Span = new SourceSpan(start, start),
            Line = line,
            Column = column,
        };
        return true;
    }

    /// <summary>The label when the brackets hold a footnote reference (<c>[^n]</c> with a <c>[^n]: …</c> on the page), else null.</summary>
    private static string? NamesFootnote(InlineProcessor processor, string bracketed) =>
        bracketed.StartsWith('^') && processor.Document.TryGetLinkReferenceDefinition(bracketed, out var definition) && definition is FootnoteLinkReferenceDefinition
            ? bracketed
            : null;

    /// <summary>
    /// '[^n]{spoiler=…}' reads as a phrase whose text is '^n': the footnote would never be shown and '^n' shown as
    /// text. Refused; the phrase is still read, so that its attribute is not reported a second time.
    /// </summary>
    private static void ReportFootnoteGivenLevel(InlineProcessor processor, string label, int line, int column)
    {
        if (processor.Context is not SpoilerParserContext context) return;
        context.ReportError(line, column, DiagnosticCodes.FootnoteReferenceGivenLevel,
            $"a footnote reference cannot take a level: '[{label}]{{spoiler=…}}' would be read as a phrase reading '{label}', and the footnote would never be shown; " +
            $"hide the reference with the words it follows ('[the twist[{label}]]{{spoiler=s01e05}}'), or leave it plain: a footnote is shown only in trees that show a reference to it");
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
        // A link the phrase holds has made the brackets around it give up being a link: that was decided by hidden text.
        foreach (var bracket in delimiter.OuterLinkBrackets) bracket.IsActive = true;
        delimiter.ReplaceBy(phrase);
        processor.Inline = phrase;
        processor.PostProcessInlines(0, phrase, null, false);
        phrase.IsClosed = true;

        slice.Start = match.Index + match.Length;
        return true;
    }

    /// <summary>
    /// The open, active link brackets the parser's position is inside, up to the first image's, where Markdown stops
    /// giving up brackets for a link inside (an image's text may hold links).
    /// </summary>
    private static List<LinkDelimiterInline> ActiveLinkBracketsAround(Inline? inline)
    {
        var brackets = new List<LinkDelimiterInline>();
        for (var node = inline; node is not null; node = node.Parent)
        {
            if (node is not LinkDelimiterInline bracket) continue;
            if (bracket.IsImage) break;
            if (bracket.IsActive) brackets.Add(bracket);
        }
        return brackets;
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
}
