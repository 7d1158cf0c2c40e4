using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a page where Markdown's parse moved text written inside a spoiler phrase out of it: every inline whose
/// source lies between a phrase's <c>[</c> and its closing <c>}</c> must end up inside that phrase's node, since the
/// renderers hide a phrase by its node, not by its source. A pipe table does move it: a phrase that runs over a line
/// break in a row is matched first, then the row ends at the break and its second line becomes a row of its own,
/// outside the phrase, shown in every tree (what else a table's rows let hidden words decide: <see cref="PipeTableLineChecker"/>).
/// </summary>
/// <remarks>
/// This checks the property itself, the tree against the source, rather than each construct that can break it: a
/// rearrangement that no other check knows of is caught here too. Phrases nest as their brackets do, so one sweep
/// in source order finds each inline's innermost phrase.
/// </remarks>
public static class PhraseContentMovedChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        var phrases = document.Descendants<SpoilerInline>().Where(HasSpan).ToList();
        if (phrases.Count == 0) return;
        phrases.Sort(ByStartThenOuterFirst);
        var inlines = document.Descendants<Inline>().Where(HasSpan).ToList();
        inlines.Sort(ByStartThenOuterFirst);

        // The phrases that hold the current position, outermost first.
        var open = new List<SpoilerInline>();
        var next = 0;
        var reported = new HashSet<SpoilerInline>();
        foreach (var inline in inlines)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            while (next < phrases.Count && ByStartThenOuterFirst(phrases[next], inline) <= 0)
            {
                var phrase = phrases[next++];
                CloseBefore(open, phrase.Span.Start);
                open.Add(phrase);
            }
            CloseBefore(open, inline.Span.Start);
            var innermost = open.LastOrDefault(phrase => !ReferenceEquals(phrase, inline));
            if (innermost is null || inline.Span.End > innermost.Span.End || IsInside(inline, innermost) || !reported.Add(innermost)) continue;
            Report(inline, innermost, context);
        }
    }

    private static void CloseBefore(List<SpoilerInline> open, int position)
    {
        while (open.Count > 0 && open[^1].Span.End < position) open.RemoveAt(open.Count - 1);
    }

    private static void Report(Inline moved, SpoilerInline phrase, SpoilerParserContext context)
    {
        var at = context.PositionOf(phrase.Line, phrase.Column);
        var because = IsInTable(moved) || IsInTable(phrase)
            ? "a table row ends at the end of its line, so the words after a line break in a phrase go to a row of their own, shown in every tree; keep a phrase in a table on one line"
            : "Markdown's reading of the page put these words outside the phrase, so every tree would show them; rewrite the phrase so that its text stays together";
        context.ReportError(moved.Line, moved.Column, DiagnosticCodes.PhraseTextMovedOut,
            $"this text is written inside the spoiler phrase at line {at.Line}, column {at.Column}, but is not part of it: {because}");
    }

    private static bool IsInside(Inline inline, SpoilerInline phrase)
    {
        for (var node = inline.Parent; node is not null; node = node.Parent)
            if (ReferenceEquals(node, phrase)) return true;
        return false;
    }

    private static bool IsInTable(Inline inline)
    {
        var root = inline;
        while (root.Parent is not null) root = root.Parent;
        for (Block? block = (root as ContainerInline)?.ParentBlock; block is not null; block = block.Parent)
            if (block is Table) return true;
        return false;
    }

    private static bool HasSpan(Inline inline) => !inline.Span.IsEmpty && inline.Span.Start >= 0 && inline.Span.End >= inline.Span.Start;

    /// <summary>Source order; of two that start together, the longer first, so that a phrase comes before what it holds.</summary>
    private static int ByStartThenOuterFirst(Inline a, Inline b) =>
        a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End);
}
