using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses what hides between two blocks that Markdown would otherwise join: a spoiler block or section, or a
/// paragraph, quote, heading or list that some tree shows empty (made only of spoiler phrases) and so leaves out.
/// Between two lists, or two indented code blocks, a tree that hides it shows two where the same page without it
/// shows one; after a list, text indented into the list's last item would be part of that item without it.
/// Either way the shape itself tells an early reader that something is hidden there, and its bytes depend on later content.
/// Between two lines of text (a paragraph, table or quote) with no blank line on either side, a spoiler block splits
/// what is one block without it.
/// A footnote's definition splits a list too, though Markdig moves it to the page's end: one shown later than the lists
/// around it (its only reference hidden) is refused as a spoiler there is.
/// </summary>
public static class ListSplitChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        var footnotes = FootnoteLevels.GroupOf(document)?.OfType<Footnote>().OrderBy(footnote => footnote.Line).ToList() ?? [];
        // Markdig keeps link definitions in one group, filed where the first one stood (with no lines of its own): read their lines.
        var definitionLines = new Dictionary<int, int>();
        foreach (var definition in document.Descendants<LinkReferenceDefinitionGroup>().SelectMany(group => group.OfType<LinkReferenceDefinition>()))
            if (definition is not FootnoteLinkReferenceDefinition) definitionLines.TryAdd(definition.Line, definition.Span.Start);
        Check(document, 0, footnotes, context, document.LineStartIndexes, definitionLines);
    }

    /// <param name="level">The level from which <paramref name="container"/> is shown: below it, nothing in it is.</param>
    /// <param name="footnotes">The page's footnotes in the order they are written, each where its definition stood.</param>
    /// <param name="lineStarts">Where each line of the body starts, to tell whether two blocks are on neighbouring lines.</param>
    /// <param name="definitionLines">The lines on which a link reference definition starts, with where it starts.</param>
    private static void Check(ContainerBlock container, int level, List<Footnote> footnotes, SpoilerParserContext context, List<int>? lineStarts, Dictionary<int, int> definitionLines)
    {
        Block? previous = null;
        for (var index = 0; index < container.Count; index++)
        {
            if (container[index] is ContainerBlock inner) Check(inner, Math.Max(level, (inner as IRevealable)?.Level ?? 0), footnotes, context, lineStarts, definitionLines);
            // Markdig files the definitions' group where the first one stood: it prints nothing, so the lists are neighbours.
            if (lineStarts is not null) CheckHiddenAtEdges(container, index, level, context, lineStarts);
            if (container[index] is not LinkReferenceDefinitionGroup)
            {
                if (previous is not null && footnotes.Count > 0) CheckFootnotesBetween(previous, container[index], level, footnotes, context);
                previous = container[index];
            }
            // Only what follows a list, indented code or text can join it: the rest is not read again (a long paragraph costs once).
            if (index == 0 || (container[index - 1] is not ListBlock && !IsIndentedCode(container[index - 1]) && !EndsInText(container[index - 1]))) continue;
            if (!IsHiddenSomewhere(container[index], level)) continue;
            var first = container[index];
            var last = index;
            while (last + 1 < container.Count && IsHiddenSomewhere(container[last + 1], level))
            {
                last++;
                if (container[last] is ContainerBlock hidden) Check(hidden, Math.Max(level, (hidden as IRevealable)?.Level ?? 0), footnotes, context, lineStarts, definitionLines);
            }
            var before = index > 0 ? container[index - 1] : null;
            var after = last + 1 < container.Count ? container[last + 1] : null;
            index = last;
            if (first is RevealBlock && lineStarts is not null && before is not null && EndsInText(before) && SourceLines.EndLine(before, lineStarts) + 1 == first.Line
                && definitionLines.TryGetValue(SourceLines.EndLine(container[last], lineStarts) + 1, out var definitionStart)
                && !StartsInnerContainer(context.Source, lineStarts, definitionStart, first.Span.Start))
            {
                context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsParagraph,
                    "this spoiler stands between a line of text and a link definition ('[label]: https://…') with no blank line on either side: a definition cannot interrupt a paragraph, so without the spoiler the definition is text of that paragraph, and trees that hide it read it as a definition instead; " +
                    "put a blank line before or after the spoiler");
                continue;
            }
            // Markdig's group of link definitions has no place of its own: what follows the spoiler there is the definition, above.
            if (after is null or LinkReferenceDefinitionGroup) continue;
            var what = first is RevealBlock ? "this spoiler" : "this text, made only of spoiler phrases,";
            var instead = first is RevealBlock ? "the spoiler" : "the phrases";
            if (before is ListBlock list && IndentedIntoLastItem(list, after))
            {
                context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerEndsListItem,
                    $"{what} stands between a list and text indented under its last item, which is part of that item without it, so trees that hide it show the text out of the list; " +
                    $"indent {instead} under the item too, or put a line of text at the list's margin between the list and {instead}");
            }
            else if (before is ListBlock beforeList && after is ListBlock afterList && WouldJoin(beforeList, afterList))
            {
                context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsList,
                    $"{what} stands between two lists that are one list without it, so trees that hide it show the list split in two; " +
                    $"put {instead} inside a list item, or end the list above with a line of text");
            }
            else if (IsIndentedCode(before) && IsIndentedCode(after))
            {
                context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsCodeBlock,
                    $"{what} stands between two indented code blocks that are one code block without it, so trees that hide it show the code split in two; " +
                    $"use fenced code blocks (```), or put a line of text between the code and {instead}");
            }
            else if (first is RevealBlock && lineStarts is not null && EndsInText(before!) && !StartsItsOwnBlock(after, before!)
                && SourceLines.EndLine(before!, lineStarts) + 1 == first.Line && SourceLines.EndLine(container[last], lineStarts) + 1 == SourceLines.StartLine(after, lineStarts))
            {
                context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsParagraph,
                    "this spoiler stands between two lines of text with no blank line on either side: without it they are one paragraph, table or quote, so trees that hide it show that text split in two; " +
                    "put a blank line before or after the spoiler");
            }
        }
    }

    /// <summary>
    /// Two more places where a hidden part decides how the text beside it is read, each on neighbouring lines: a numbered
    /// list whose first item is hidden right under text (its "1." may interrupt the paragraph, the "2." after it may not),
    /// and a spoiler block that closes a quote or list item right above a line written without the container's marker
    /// (without the block, that line is the container's lazy continuation).
    /// </summary>
    private static void CheckHiddenAtEdges(ContainerBlock container, int index, int level, SpoilerParserContext context, List<int> lineStarts)
    {
        var block = container[index];
        var before = index > 0 ? container[index - 1] : null;
        if (block is ListBlock { IsOrdered: true, Count: > 1 } list && before is not null && EndsInText(before)
            && SourceLines.EndLine(before, lineStarts) + 1 == list.Line && IsHiddenSomewhere(list[0], level) && list[1] is ListItemBlock { Order: not 1 })
        {
            context.ReportError(list[0].Line, list[0].Column, DiagnosticCodes.SpoilerSplitsParagraph,
                "this list item is hidden and stands right under a line of text: a list numbered from 1 may start under text, one numbered from 2 may not, so trees that hide the item show a list where the page without it shows text; " +
                "put a blank line between the text and the list");
        }
        if (block is QuoteBlock or ListBlock && index + 1 < container.Count && container[index + 1] is ParagraphBlock after
            && TailSpoiler(block) is { } tail && EndsInText(tail.Before)
            && SourceLines.EndLine(tail.Before, lineStarts) + 1 == tail.Spoiler.Line && SourceLines.EndLine(block, lineStarts) + 1 == after.Line)
        {
            context.ReportError(tail.Spoiler.Line, tail.Spoiler.Column, DiagnosticCodes.SpoilerSplitsParagraph,
                "this spoiler ends a quote or list item and the line right under it has no '>' or indent: without the spoiler that line continues the text above it, so trees that hide it show the line out of the quote or item; " +
                "put a blank line after the spoiler, or write the line with its '>' or indent");
        }
    }

    /// <summary>The spoiler block a quote or list ends with, at any depth, and the block written right before it.</summary>
    private static (Block Spoiler, Block Before)? TailSpoiler(Block block)
    {
        while (block is QuoteBlock or ListBlock or ListItemBlock && block is ContainerBlock { Count: > 0 } container)
        {
            if (container[^1] is RevealBlock spoiler) return container.Count > 1 ? ((Block)spoiler, container[^2]) : null;
            block = container[^1];
        }
        return null;
    }

    /// <summary>
    /// Whether the line that holds <paramref name="offset"/> opens a quote or list item that the line holding
    /// <paramref name="spoilerOffset"/> is not in (more '>' before it, or a list marker): such a line interrupts a paragraph anyway.
    /// </summary>
    private static bool StartsInnerContainer(string? source, List<int> lineStarts, int offset, int spoilerOffset)
    {
        if (source is null || offset < 0 || spoilerOffset < 0 || offset > source.Length || spoilerOffset > source.Length) return false;
        var prefix = source.AsSpan(lineStarts[SourceLines.LineOf(lineStarts, offset)], offset - lineStarts[SourceLines.LineOf(lineStarts, offset)]);
        var spoilerPrefix = source.AsSpan(lineStarts[SourceLines.LineOf(lineStarts, spoilerOffset)], spoilerOffset - lineStarts[SourceLines.LineOf(lineStarts, spoilerOffset)]);
        return prefix.ContainsAnyExcept(" \t>") || prefix.Count('>') > spoilerPrefix.Count('>');
    }

    /// <summary>
    /// Whether a block's last line is text that the next line can continue: a paragraph or table, or a quote or list
    /// ending in one (Markdown's lazy continuation lines).
    /// </summary>
    private static bool EndsInText(Block block) => block switch
    {
        ParagraphBlock or Markdig.Extensions.Tables.Table => true,
        QuoteBlock or ListBlock or ListItemBlock => ((ContainerBlock)block).LastChild is { } last && EndsInText(last),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="after"/> starts a block of its own even on the line after text: a heading, a fence, a
    /// rule (but '---' under a paragraph, which would underline it) or raw HTML; a list that may interrupt a paragraph (a bullet, or a number 1) or a quote after plain text.
    /// </summary>
    private static bool StartsItsOwnBlock(Block after, Block before) => after switch
    {
        // Right under a paragraph's text, '---' underlines it as a heading: without the spoiler, it is not a rule.
        ThematicBreakBlock { ThematicChar: '-' } when before is ParagraphBlock => false,
        // An underlined heading's first line would continue the paragraph: the heading would take both lines.
        HeadingBlock { IsSetext: true } => false,
        HeadingBlock or FencedCodeBlock or ThematicBreakBlock or HtmlBlock => true,
        ListBlock list when before is ParagraphBlock or Markdig.Extensions.Tables.Table => !list.IsOrdered || list.OrderedStart == "1",
        QuoteBlock => before is ParagraphBlock or Markdig.Extensions.Tables.Table,
        _ => false,
    };

    /// <summary>
    /// Refuses a footnote written between two lists that are one without it, when some tree
    /// that shows them does not show the footnote: Markdig ends the list at the definition, so such a tree shows the list
    /// split around nothing, where the same page without the footnote shows one list (attack 8, #03).
    /// </summary>
    private static void CheckFootnotesBetween(Block before, Block after, int level, List<Footnote> footnotes, SpoilerParserContext context)
    {
        if (before is not ListBlock beforeList || after is not ListBlock afterList || !WouldJoin(beforeList, afterList)) return;
        // The first footnote written on a line after the block before starts (it cannot be inside it: footnotes are written
        // only at a page's top level): footnotes are sorted by the line they are written on.
        var low = 0;
        var high = footnotes.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (footnotes[middle].Line <= before.Line) low = middle + 1;
            else high = middle;
        }
        for (var index = low; index < footnotes.Count && footnotes[index].Line < after.Line; index++)
        {
            var footnote = footnotes[index];
            var shownFrom = FootnoteLevels.ShownFrom(footnote);
            if (shownFrom <= level) continue;
            var shown = shownFrom == FootnoteLevels.Never ? "no tree shows it" : $"it is shown only from {context.LabelOf(shownFrom)}";
            context.ReportError(footnote.Line, 0, DiagnosticCodes.SpoilerSplitsList,
                $"footnote '[{footnote.Label}]' is written between two lists that are one list without it, and {shown}, so earlier trees show them split around nothing; " +
                "write the footnote after the list (a footnote is shown where its reference is, wherever it is written)");
            return;
        }
    }

    /// <summary>
    /// Whether some tree that shows the container leaves the block out: markup past the container's level, or a block
    /// emptied there by hiding (what is emptied at some level past it is emptied at the container's level too).
    /// </summary>
    private static bool IsHiddenSomewhere(Block block, int level) =>
        block is RevealBlock || VisibleText.IsEmptiedByHiding(block, level);

    /// <summary>Indented code runs on across blank lines; fenced code ends at its fence and joins nothing.</summary>
    private static bool IsIndentedCode(Block? block) => block is CodeBlock and not FencedCodeBlock;

    /// <summary>
    /// Whether <paramref name="after"/> starts where Markdown continues the list's last item across a blank line: at or
    /// right of the column of the item's text (<c>- a</c>: the third column; <c>10. a</c>: the fifth). Text one space in
    /// after <c>- a</c> is a paragraph of its own, and was refused before. Indented code always is; where the item's
    /// text column is not known (an item that starts empty or with code), anything right of the bullet, short of a
    /// list that joins the list.
    /// </summary>
    private static bool IndentedIntoLastItem(ListBlock list, Block after)
    {
        if (list.Count == 0) return false;
        if (after is ListBlock afterList && WouldJoin(list, afterList) && after.Column <= list[^1].Column) return false;
        if (IsIndentedCode(after)) return true;
        if (list[^1] is ListItemBlock { Count: > 0 } item && item[0] is not CodeBlock && item[0].Line == item.Line) return after.Column >= item[0].Column;
        return after.Column > list[^1].Column;
    }

    private static bool WouldJoin(ListBlock before, ListBlock after) =>
        before.IsOrdered == after.IsOrdered && before.BulletType == after.BulletType && before.OrderedDelimiter == after.OrderedDelimiter;
}
