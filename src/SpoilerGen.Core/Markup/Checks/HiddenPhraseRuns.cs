using Markdig.Syntax;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Reports runs of spoiler phrases that the parse recorded as written where they decide how the words around them read:
/// one error per run, at its first phrase that some tree of the page hides (a phrase shown wherever its block is decides nothing).
/// </summary>
public static class HiddenPhraseRuns
{
    /// <param name="runs">each run by where its phrases start in the body</param>
    public static void Report(MarkdownDocument document, SpoilerParserContext context, List<IReadOnlyList<int>> runs, string code, string message)
    {
        if (runs.Count == 0) return;
        var firstOfRun = new Dictionary<int, int>();
        foreach (var run in runs)
            foreach (var start in run) firstOfRun[start] = run[0];
        var reported = new HashSet<int>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not { } inlines) continue;
            var enclosing = EnclosingLevel.Of(block);
            foreach (var phrase in inlines.Descendants<SpoilerInline>())
            {
                if (!firstOfRun.TryGetValue(phrase.Span.Start, out var runStart) || phrase.Level <= Math.Max(enclosing, EnclosingLevel.OfOuterPhrases(phrase))) continue;
                if (!reported.Add(runStart)) continue;
                context.ReportError(phrase.Line, phrase.Column, code, message);
            }
        }
    }
}
