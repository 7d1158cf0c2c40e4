using System.Collections.Immutable;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// Finds a possible unmarked spoiler: a name or capitalised phrase that the author marks as a spoiler of
/// episode k somewhere, and that is shown unmarked, earlier than k, elsewhere.
/// </summary>
/// <remarks>
/// Only names count, so that common words never warn: a single word is a name when it is written with a
/// capital letter in the middle of a sentence and never in lower case; a phrase is a run of capitalised
/// words. A name the author shows freely is not a spoiler: one in a title, tag or description visible
/// from the start, or one shown earlier more often than it is marked, is left alone.
/// </remarks>
public sealed class UnmarkedSpoilerLint(SiteModel site, DiagnosticBag diagnostics)
{
    /// <param name="pages">Each page's text, in the model's order of pages (the order in which findings are made).</param>
    /// <param name="previous">The state of the previous run on this language's pages: only what the changed pages touch is worked out again.</param>
    /// <returns>The state after this run, for the next; its warnings are those a run from <see cref="LintState.Empty"/> gives.</returns>
    public LintState Run(IReadOnlyList<PageText> pages, LintState previous, CancellationToken cancellationToken = default)
    {
        var byPath = pages.ToDictionary(page => page.DisplayPath, StringComparer.Ordinal);
        // A page read again is a new object: the old one goes, the new one comes.
        var removed = previous.Texts.Values.Where(old => !byPath.TryGetValue(old.DisplayPath, out var now) || !ReferenceEquals(now, old)).ToList();
        var added = pages.Where(page => !previous.Texts.TryGetValue(page.DisplayPath, out var old) || !ReferenceEquals(old, page)).ToList();
        var texts = previous.Texts.ToBuilder();
        foreach (var page in removed) texts.Remove(page.DisplayPath);
        foreach (var page in added) texts[page.DisplayPath] = page;

        var (names, touched) = previous.Names.With(removed, added);
        var flipped = touched.Where(word => previous.Names.IsName(word) != names.IsName(word));
        var (candidates, changedTerms) = previous.Candidates.With(removed, added, previous.Names, names, flipped);
        cancellationToken.ThrowIfCancellationRequested();
        var (index, affected) = previous.Index.With(removed, added, byPath, changedTerms, candidates.Terms, cancellationToken);
        var (publicTerms, publicChanged) = previous.PublicTerms.With(site);
        affected.UnionWith(publicChanged);
        cancellationToken.ThrowIfCancellationRequested();

        var findings = previous.Findings.ToBuilder();
        foreach (var term in affected)
        {
            var finding = candidates.Terms.ContainsKey(term) && !publicTerms.Contains(term) && index.Occurrences.TryGetValue(term, out var found)
                ? Finding(term, found.Values.SelectMany(list => list))
                : null;
            if (finding is null) findings.Remove(term);
            else findings[term] = finding;
        }
        var state = new LintState(previous.Language, texts.ToImmutable(), names, candidates, index, publicTerms, findings.ToImmutable());
        Report(state, pages);
        return state;
    }

    /// <summary>What a term gives: a warning at each place it is shown before the first level that marks it, unless it is shown there more often than marked.</summary>
    private static UnmarkedSpoilerFinding? Finding(string term, IEnumerable<TermOccurrence> found)
    {
        var all = found.ToList();
        var marked = all.Where(o => o.Level > 0).ToList();
        if (marked.Count == 0) return null;
        var level = marked.Min(o => o.Level);
        var early = all.Where(o => o.Level < level).ToList();
        if (early.Count == 0 || early.Count > marked.Count) return null;
        // Two occurrences at one position can only be in one page: the scan's order decides between them.
        var firstMarked = marked.Where(o => o.Level == level).OrderBy(o => o.Position.Path, StringComparer.Ordinal)
            .ThenBy(o => o.Position.Line).ThenBy(o => o.Position.Column).ThenBy(o => o.Run).ThenBy(o => o.Word).First();
        return new UnmarkedSpoilerFinding(term, level, firstMarked, [.. early]);
    }

    /// <summary>
    /// Reports every finding, in the order a scan of every page makes them: longer terms first, then by where the scan
    /// meets the term first, then by where it meets the place.
    /// </summary>
    private void Report(LintState state, IReadOnlyList<PageText> pages)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) order[pages[i].DisplayPath] = i;
        (int Page, int Run, int Word) ScanOrder(TermOccurrence occurrence) => (order[occurrence.Segment.Path], occurrence.Run, occurrence.Word);

        var warnings = new List<(TermOccurrence Early, UnmarkedSpoilerFinding Finding, (int, int, int) TermOrder, (int, int, int) Order)>();
        foreach (var finding in state.Findings.Values)
        {
            var termOrder = state.Index.Occurrences[finding.Term].Values.Select(list => ScanOrder(list[0])).Min();
            warnings.AddRange(finding.Early.Select(early => (early, finding, termOrder, ScanOrder(early))));
        }

        // Segments are told apart by identity: two paragraphs may hold the same text.
        var reported = new Dictionary<TextSegment, HashSet<int>>(ReferenceEqualityComparer.Instance);
        // A longer phrase and a name inside it are one finding, reported once, as the phrase.
        foreach (var (early, finding, _, _) in warnings.OrderByDescending(w => w.Early.Term.Length).ThenBy(w => w.TermOrder).ThenBy(w => w.Order))
        {
            if (!reported.TryGetValue(early.Segment, out var taken)) reported[early.Segment] = taken = [];
            var span = Enumerable.Range(early.Start, early.Term.Length).ToList();
            if (span.Any(taken.Contains)) continue;
            taken.UnionWith(span);

            var (checkpoints, level, firstMarked) = (site.Timeline.Checkpoints, finding.Level, finding.FirstMarked);
            diagnostics.Warning(early.Position, DiagnosticCodes.PossibleUnmarkedSpoiler,
                $"'{early.Term}' is shown here from {checkpoints[early.Level].SpoilerFreeLabel}, but {firstMarked.Position} marks it " +
                $"as a spoiler of {checkpoints[level].SpoilerFreeLabel}; if it gives something away, mark it here too, e.g. [{early.Term}]{{spoiler={checkpoints[level].EpisodeId}}}");
        }
    }
}
