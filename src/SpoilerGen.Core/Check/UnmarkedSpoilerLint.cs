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
    private const int MaximumTermWords = PageText.MaximumTermWords;

    /// <param name="pages">Each page's text, in the model's order of pages (the order in which findings are made).</param>
    public void Run(IReadOnlyList<PageText> pages, CancellationToken cancellationToken = default)
    {
        var names = ProperNameEvidence.From(pages);
        cancellationToken.ThrowIfCancellationRequested();
        var terms = CandidateTerms(pages, names);
        cancellationToken.ThrowIfCancellationRequested();
        var publicTerms = PublicTerms();
        var occurrences = Occurrences(pages, terms, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // Segments are told apart by identity: two paragraphs may hold the same text.
        var reported = new Dictionary<TextSegment, HashSet<int>>(ReferenceEqualityComparer.Instance);
        var warnings = new List<(TermOccurrence Early, TermOccurrence FirstMarked, int Level)>();
        foreach (var (term, found) in occurrences)
        {
            if (publicTerms.Contains(term)) continue;
            var marked = found.Where(o => o.Level > 0).ToList();
            if (marked.Count == 0) continue;
            var level = marked.Min(o => o.Level);
            var early = found.Where(o => o.Level < level).ToList();
            if (early.Count == 0 || early.Count > marked.Count) continue;
            var firstMarked = marked.Where(o => o.Level == level).OrderBy(o => o.Position.Path, StringComparer.Ordinal)
                .ThenBy(o => o.Position.Line).ThenBy(o => o.Position.Column).First();
            warnings.AddRange(early.Select(o => (o, firstMarked, level)));
        }

        // A longer phrase and a name inside it are one finding, reported once, as the phrase.
        foreach (var (early, firstMarked, level) in warnings.OrderByDescending(w => w.Early.Term.Length))
        {
            if (!reported.TryGetValue(early.Segment, out var taken)) reported[early.Segment] = taken = [];
            var span = Enumerable.Range(early.Start, early.Term.Length).ToList();
            if (span.Any(taken.Contains)) continue;
            taken.UnionWith(span);

            var checkpoints = site.Timeline.Checkpoints;
            diagnostics.Warning(early.Position, DiagnosticCodes.PossibleUnmarkedSpoiler,
                $"'{early.Term}' is shown here from {checkpoints[early.Level].SpoilerFreeLabel}, but {firstMarked.Position} marks it " +
                $"as a spoiler of {checkpoints[level].SpoilerFreeLabel}; if it gives something away, mark it here too, e.g. [{early.Term}]{{spoiler={checkpoints[level].EpisodeId}}}");
        }
    }

    private static HashSet<string> CandidateTerms(IReadOnlyList<PageText> pages, ProperNameEvidence names)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // Headings are written in title case, so their capitals say nothing; names in them are still found below.
        foreach (var run in pages.SelectMany(page => page.Runs))
        {
            var first = run.StartsSentence && !names.IsName(run.Words[0]) ? 1 : 0;
            if (run.Words.Length - first is >= 2 and <= MaximumTermWords) terms.Add(first == 0 ? run.Whole : run.FromSecond!);
            foreach (var word in run.Words.Where(names.IsName)) terms.Add(word);
        }
        return terms;
    }

    private static Dictionary<string, List<TermOccurrence>> Occurrences(IReadOnlyList<PageText> pages, HashSet<string> terms, CancellationToken cancellationToken)
    {
        var occurrences = new Dictionary<string, List<TermOccurrence>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var phrase in page.Phrases)
            {
                if (!terms.Contains(phrase.Term)) continue;
                if (!occurrences.TryGetValue(phrase.Term, out var list)) occurrences[phrase.Term] = list = [];
                list.Add(phrase);
            }
        }
        return occurrences;
    }

    /// <summary>Names in what every reader sees from the start: titles, section names, tags, the site's own words.</summary>
    private HashSet<string> PublicTerms()
    {
        var texts = new List<string> { site.Config.Title, site.Config.SeriesTitle };
        // Names the author declares no spoiler ('check: { allow_names: [Gi-hun] }') count as shown from the start.
        texts.AddRange(site.Config.Authoring.AllowedNames);
        if (site.Config.Description is { } description) texts.Add(description);
        foreach (var page in site.Pages.Where(p => p.Level == 0))
        {
            texts.Add(page.TitleAt(0));
            if (page.SummaryAt(0) is { } summary) texts.Add(summary);
            texts.AddRange(page.TagsAt(0).Select(tag => tag.Name));
        }
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var segment = new TextSegment("", text, [], IsHeading: true);
            foreach (var run in WordRun.In(segment))
            {
                for (var first = 0; first < run.Words.Count; first++)
                {
                    for (var last = first; last < Math.Min(run.Words.Count, first + MaximumTermWords); last++) terms.Add(run.Text(first, last));
                }
            }
            foreach (System.Text.RegularExpressions.Match word in WordRun.WordsOf(text)) terms.Add(word.Value);
        }
        return terms;
    }
}
