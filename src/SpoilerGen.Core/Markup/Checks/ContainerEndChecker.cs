using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses the forms in which a spoiler block or a heading section would end earlier than its author
/// meant. A block or section written inside a list item, a blockquote or another block ends where that
/// container ends; text after the container is outside it, at the level around the container. And the
/// forms in which what a hidden part holds decides where it ends: a code fence, HTML block or inner
/// spoiler block left open there takes the closing ':::' or the next heading, and the rest of the page, with it.
/// </summary>
public static class ContainerEndChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        Visit(document, context, hiddenIn: null);
        // A note nothing references is out of the document by now, but a fence left open in it took the lines after it too.
        foreach (var dropped in context.WrittenFootnotes.Where(note => note.Parent is null)) Visit(dropped, context, hiddenIn: dropped);
    }

    /// <param name="hiddenIn">
    /// the innermost spoiler block, heading section or footnote around <paramref name="container"/>, if any: a footnote is
    /// shown only from its reference's episode, so what it holds is hidden in earlier trees too
    /// </param>
    private static void Visit(ContainerBlock container, SpoilerParserContext context, ContainerBlock? hiddenIn)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                // One that ends with the list item or quote it is in is the next case's (SG0206); this one runs to the end of the page.
                case SpoilerBlock { HasClosingFence: false } spoiler when (hiddenIn is not null || spoiler.Descendants<SpoilerBlock>().Any()) && FirstBlockAfter(spoiler) is null:
                    ReportClosedByInnerBlock(spoiler, hiddenIn, context);
                    break;
                case SpoilerBlock { HasClosingFence: false } spoiler:
                    CheckUnclosed(spoiler, context);
                    break;
                case FencedCodeBlock { ClosingFencedCharCount: 0 } fence when hiddenIn is not null:
                    ReportRunsToEnd(fence, "code fence", $"close it with a line of {fence.OpeningFencedCharCount} '{fence.FencedChar}'", hiddenIn, context);
                    break;
                case HtmlBlock html when hiddenIn is HeadingSectionBlock && HtmlBlockEnd(html) is { } end && !IsClosed(html, end):
                    ReportRunsToEnd(html, "HTML block", $"end it with '{end}'", hiddenIn, context);
                    break;
                case HtmlBlock { Type: HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock } html:
                    CheckTakenHeadings(html, hiddenIn, context);
                    break;
                case HeadingSectionBlock section when section.Parent is not (MarkdownDocument or HeadingSectionBlock):
                    CheckSection(section, context);
                    break;
            }
            if (block is ContainerBlock child) Visit(child, context, child is RevealBlock or Footnote ? child : hiddenIn);
        }
    }

    /// <summary>
    /// A code fence or HTML block left open in a hidden part runs to the end of the page: it takes the part's ':::'
    /// or the next heading with it, so what the part hides decides whether the rest of the page is hidden too, and
    /// earlier trees would differ by what later episodes reveal.
    /// </summary>
    private static void ReportRunsToEnd(LeafBlock leaf, string what, string fix, ContainerBlock hiddenIn, SpoilerParserContext context) =>
        context.ReportError(leaf.Line, leaf.Column, DiagnosticCodes.UnclosedInsideHiddenPart,
            $"this {what} in the {Describe(hiddenIn)} that starts at line {context.PositionOf(hiddenIn.Line, 0).Line} is never closed, so it runs to the end of the page and takes {(hiddenIn is SpoilerBlock ? "the block's ':::'" : hiddenIn is Footnote ? "the text after the note" : "the next heading")} and everything after it into the hidden part; {fix}");

    /// <summary>
    /// An unclosed spoiler block holding another one: its ':::' closed the inner block, and the outer one runs on to the
    /// end of the page. One inside a heading section takes the next heading with it. Either way, a line inside the
    /// hidden part decides what of the rest of the page earlier trees show.
    /// </summary>
    private static void ReportClosedByInnerBlock(SpoilerBlock spoiler, ContainerBlock? hiddenIn, SpoilerParserContext context) =>
        context.ReportError(spoiler.Line, spoiler.Column, DiagnosticCodes.SpoilerBlockClosedByInnerBlock,
            hiddenIn is not null
                ? $"this spoiler block inside the {Describe(hiddenIn)} that starts at line {context.PositionOf(hiddenIn.Line, 0).Line} is never closed, so it runs to the end of the page and takes {(hiddenIn is SpoilerBlock ? "the outer block's ':::'" : hiddenIn is Footnote ? "the text after the note" : "the next heading")} and everything after it; close it with ':::' (each block needs its own)"
                : "this spoiler block is never closed: the ':::' after the block opened inside it closes only that inner block, so this one runs to the end of the page; close each block with its own ':::'");

    /// <summary>
    /// An HTML block such as <c>&lt;div&gt;</c> ends only at a blank line, so it takes the lines right under it as HTML, a
    /// heading's too. In a hidden section, a heading it takes no longer ends the section, and earlier trees lose what follows
    /// with the hidden part; anywhere, a spoiler heading it takes is printed as text, its section's words with it.
    /// </summary>
    private static void CheckTakenHeadings(HtmlBlock html, ContainerBlock? hiddenIn, SpoilerParserContext context)
    {
        var sectionRank = hiddenIn is HeadingSectionBlock { Count: > 0 } section && section[0] is HeadingBlock heading ? heading.Level : 0;
        for (var index = 1; index < html.Lines.Count; index++)
        {
            var line = html.Lines.Lines[index];
            var text = line.Slice.ToString();
            var indent = text.Length - text.TrimStart(' ').Length;
            if (indent > 3) continue;
            var rank = 0;
            while (indent + rank < text.Length && text[indent + rank] == '#') rank++;
            if (rank is 0 or > 6 || (indent + rank < text.Length && text[indent + rank] is not (' ' or '\t'))) continue;
            var marked = HeadingSpoilerAttributeParser.LooksMarked(text);
            if (rank > sectionRank && !marked) continue;
            var opened = context.PositionOf(html.Line, 0).Line;
            context.ReportFirstOnLine(line.Line, indent, DiagnosticCodes.UnclosedInsideHiddenPart,
                $"this heading is read as a line of the HTML block that starts at line {opened}: such a block ends only at a blank line, so " +
                (marked ? "the heading and its section's words would be printed as they are, to everyone" : "the hidden section above does not end here, and earlier trees would lose this heading and what follows it") +
                "; leave a blank line after the HTML");
        }
    }

    // CommonMark's HTML blocks 1 to 5 end only at their end marker, or with the page; the others end at a blank line.
    private static string? HtmlBlockEnd(HtmlBlock html) => html.Type switch
    {
        HtmlBlockType.Comment => "-->",
        HtmlBlockType.ProcessingInstruction => "?>",
        HtmlBlockType.DocumentType => ">",
        HtmlBlockType.CData => "]]>",
        HtmlBlockType.ScriptPreOrStyle => html.Lines.Count > 0 && html.Lines.Lines[0].Slice.ToString().TrimStart().ToLowerInvariant() is var first
            ? first.StartsWith("<script", StringComparison.Ordinal) ? "</script>" : first.StartsWith("<style", StringComparison.Ordinal) ? "</style>"
            : first.StartsWith("<textarea", StringComparison.Ordinal) ? "</textarea>" : "</pre>"
            : null,
        _ => null,
    };

    /// <summary>Whether the block's last line holds its end marker (after the opening, on a block of one line).</summary>
    private static bool IsClosed(HtmlBlock html, string end)
    {
        if (html.Lines.Count == 0) return true;
        var last = html.Lines.Lines[html.Lines.Count - 1].Slice.ToString();
        var from = html.Lines.Count == 1 ? Math.Min(last.Length, html.Type == HtmlBlockType.Comment ? 4 : 2) : 0;
        return last.IndexOf(end, from, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// A block without its fence runs to the end of the page, which hides more rather than less: a warning.
    /// But one cut short by the end of the list item or blockquote it is in leaves what follows visible.
    /// </summary>
    private static void CheckUnclosed(SpoilerBlock spoiler, SpoilerParserContext context)
    {
        if (FirstBlockAfter(spoiler) is not { } next)
        {
            context.ReportUnclosed(spoiler.Line, spoiler.Column);
            return;
        }
        if (spoiler.Parent is Footnote)
        {
            context.ReportError(spoiler.Line, spoiler.Column, DiagnosticCodes.SpoilerBlockEndsWithContainer,
                $"this spoiler block is not closed inside the footnote it is opened in: a note ends at a line written at the left margin after a blank line (here line {context.PositionOf(next.Line, 0).Line}), so the block ends with the note and what follows it is shown to everyone; " +
                "indent the block's lines and its ':::' like the note's text (4 spaces)");
            return;
        }
        context.ReportError(spoiler.Line, spoiler.Column, DiagnosticCodes.SpoilerBlockEndsWithContainer,
            $"this spoiler block is not closed inside the {Describe(spoiler.Parent)} it is opened in, so it ends with it and the text at line {context.PositionOf(next.Line, 0).Line} is shown to everyone; indent its ':::' like the block's first line, or open the block outside the {Describe(spoiler.Parent)}");
    }

    /// <summary>
    /// Markdig moves the notes to the end of the page (and keeps them there in no set order while it parses), so the
    /// first block after a note in reading order is found by its line: the first written after it, outside it.
    /// </summary>
    private static Block? FirstBlockAfter(Footnote note) =>
        note.Parent?.Parent?.Descendants<Block>()
            .Where(block => block.Line > note.Line && !IsWithin(block, note) && block is not (ContainerBlock or BlankLineBlock or LinkReferenceDefinition))
            .MinBy(block => block.Line);

    private static bool IsWithin(Block block, ContainerBlock container)
    {
        for (var current = block.Parent; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, container)) return true;
        }
        return false;
    }

    private static void CheckSection(HeadingSectionBlock section, SpoilerParserContext context)
    {
        var rank = section.Count > 0 && section[0] is HeadingBlock heading ? heading.Level : 6;
        if (FirstBlockAfter(section) is not { } next || IsHeadingOfRankAtMost(next, rank)) return;
        context.ReportError(section.Line, section.Column, DiagnosticCodes.SectionEndsWithContainer,
            $"this heading's section ends where the {Describe(section.Parent)} it is written in ends, but text follows at line {context.PositionOf(next.Line, 0).Line} before the next heading of its rank, and that text would be shown to everyone; " +
            "put the section's heading outside the container, add a heading after the container, or wrap what is hidden in '::: spoiler EPISODE' … ':::'");
    }

    /// <summary>The first block after <paramref name="block"/> in reading order that is not inside it.</summary>
    private static Block? FirstBlockAfter(Block block)
    {
        for (var current = block; current.Parent is { } parent; current = parent)
        {
            if (current is Footnote note) return FirstBlockAfter(note);
            var index = parent.IndexOf(current);
            for (var i = index + 1; i < parent.Count; i++)
            {
                // Markdig's paragraph of back links ends a note whose source ends otherwise: it is no text of the author's.
                if (parent[i] is not LinkReferenceDefinitionGroup and not BlankLineBlock && !(parent[i] is ParagraphBlock paragraph && FootnoteBackLinkPlace.IsMadeForBackLinks(paragraph))) return parent[i];
            }
        }
        return null;
    }

    private static bool IsHeadingOfRankAtMost(Block block, int rank) => block switch
    {
        HeadingBlock heading => heading.Level <= rank,
        HeadingSectionBlock { Count: > 0 } section => section[0] is HeadingBlock heading && heading.Level <= rank,
        _ => false,
    };

    private static string Describe(ContainerBlock? container) => container switch
    {
        ListItemBlock => "list item",
        QuoteBlock => "blockquote",
        SpoilerBlock => "spoiler block",
        HeadingSectionBlock => "heading section",
        Footnote => "footnote",
        _ => "container",
    };
}
