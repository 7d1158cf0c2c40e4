using System.Collections.Immutable;

namespace SpoilerGen.Check;

/// <summary>
/// Where each term occurs, by page, kept over edits: a changed page is scanned again for every term, and a new term is
/// looked for only in the pages that hold its first word; a term that is no longer one is dropped with its occurrences.
/// </summary>
/// <param name="Occurrences">Each term's occurrences by the display path of their page, each page's in the order a scan meets them.</param>
/// <param name="PageTerms">The terms each page holds: what goes with the page when it changes.</param>
/// <param name="PagesByWord">The pages holding each word of a run of capitalised words, by display path.</param>
public sealed record TermIndex(
    ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<TermOccurrence>>> Occurrences,
    ImmutableDictionary<string, ImmutableHashSet<string>> PageTerms,
    ImmutableDictionary<string, ImmutableHashSet<string>> PagesByWord)
{
    private const int MaximumTermWords = PageText.MaximumTermWords;

    private static readonly ImmutableDictionary<string, ImmutableArray<TermOccurrence>> NoPages =
        ImmutableDictionary.Create<string, ImmutableArray<TermOccurrence>>(StringComparer.Ordinal);
    private static readonly ImmutableHashSet<string> NoStrings = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    public static TermIndex Empty { get; } = new(
        ImmutableDictionary.Create<string, ImmutableDictionary<string, ImmutableArray<TermOccurrence>>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.Ordinal));

    /// <summary>
    /// The index without <paramref name="removed"/> pages and terms no longer in <paramref name="terms"/>, with the
    /// <paramref name="added"/> pages and the occurrences of the terms that came (<paramref name="changedTerms"/>, those
    /// in <paramref name="terms"/>); and every term whose occurrences may have changed.
    /// </summary>
    public (TermIndex Index, HashSet<string> Affected) With(IReadOnlyList<PageText> removed, IReadOnlyList<PageText> added,
        IReadOnlyDictionary<string, PageText> pages, IReadOnlySet<string> changedTerms, ImmutableDictionary<string, int> terms,
        CancellationToken cancellationToken)
    {
        var affected = new HashSet<string>(changedTerms, StringComparer.Ordinal);
        // What changes is gathered first and then applied once for each term, page and word it touches.
        var goneFromTerm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var goneFromWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in removed)
        {
            foreach (var term in PageTerms.GetValueOrDefault(page.DisplayPath) ?? NoStrings)
            {
                affected.Add(term);
                Gather(goneFromTerm, term, page.DisplayPath);
            }
            foreach (var word in page.PhraseWords) Gather(goneFromWord, word, page.DisplayPath);
        }
        var occurrences = Occurrences.ToBuilder();
        foreach (var (term, paths) in goneFromTerm)
        {
            if (occurrences[term].RemoveRange(paths) is { IsEmpty: false } rest) occurrences[term] = rest;
            else occurrences.Remove(term);
        }
        var pageTerms = PageTerms.RemoveRange(removed.Select(page => page.DisplayPath)).ToBuilder();
        var pagesByWord = PagesByWord.ToBuilder();
        foreach (var (word, paths) in goneFromWord)
        {
            if (pagesByWord[word].Except(paths) is { IsEmpty: false } rest) pagesByWord[word] = rest;
            else pagesByWord.Remove(word);
        }

        // A term that went: its occurrences go with it. One that came is looked for in the pages holding its first word.
        var came = new HashSet<string>(StringComparer.Ordinal);
        var toScan = new Dictionary<string, PageText>(StringComparer.Ordinal);
        foreach (var term in changedTerms)
        {
            if (!terms.ContainsKey(term))
            {
                foreach (var path in (occurrences.GetValueOrDefault(term) ?? NoPages).Keys) pageTerms[path] = pageTerms[path].Remove(term);
                occurrences.Remove(term);
                continue;
            }
            came.Add(term);
            var firstWord = term.IndexOf(' ') is var space and >= 0 ? term[..space] : term;
            foreach (var path in pagesByWord.GetValueOrDefault(firstWord) ?? NoStrings) toScan.TryAdd(path, pages[path]);
        }

        var foundInTerm = new Dictionary<string, List<KeyValuePair<string, ImmutableArray<TermOccurrence>>>>(StringComparer.Ordinal);
        var foundInPage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Each page is scanned on its own, on every core; what they found is gathered in the order of the pages.
        void Found(IReadOnlyList<PageText> scanned, TermLookup lookedFor)
        {
            var results = new Dictionary<string, List<TermOccurrence>>[scanned.Count];
            Parallel.For(0, scanned.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = Scan(scanned[i], lookedFor));
            for (var i = 0; i < scanned.Count; i++)
            {
                foreach (var (term, list) in results[i])
                {
                    if (!foundInTerm.TryGetValue(term, out var pairs)) foundInTerm[term] = pairs = [];
                    pairs.Add(new(scanned[i].DisplayPath, [.. list]));
                    Gather(foundInPage, scanned[i].DisplayPath, term);
                    affected.Add(term);
                }
            }
        }
        if (toScan.Count > 0) Found([.. toScan.Values], SetLookup(came));
        var cameToWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in added)
        {
            foreach (var word in page.PhraseWords) Gather(cameToWord, word, page.DisplayPath);
        }
        if (added.Count > 0) Found(added, LookupOf(terms, added));
        foreach (var (term, pairs) in foundInTerm) occurrences[term] = (occurrences.GetValueOrDefault(term) ?? NoPages).AddRange(pairs);
        foreach (var (path, found) in foundInPage) pageTerms[path] = (pageTerms.GetValueOrDefault(path) ?? NoStrings).Union(found);
        foreach (var (word, paths) in cameToWord) pagesByWord[word] = (pagesByWord.GetValueOrDefault(word) ?? NoStrings).Union(paths);
        return (new TermIndex(occurrences.ToImmutable(), pageTerms.ToImmutable(), pagesByWord.ToImmutable()), affected);
    }

    private static void Gather(Dictionary<string, List<string>> lists, string key, string value)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(value);
    }

    /// <summary>The term a phrase is, or null.</summary>
    private delegate string? TermLookup(ReadOnlySpan<char> phrase);

    /// <summary>Looked up by span: no string is made for a phrase that is not a term.</summary>
    private static TermLookup SetLookup(HashSet<string> terms)
    {
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        return phrase => lookup.TryGetValue(phrase, out var term) ? term : null;
    }

    /// <summary>
    /// How the added pages' phrases are looked up in every term: one string a phrase when they have fewer phrases than there
    /// are terms (an edit of one page among thousands), else a set of every term, looked up by span (a first load, or a
    /// page of millions of phrases): what it costs follows the smaller of the two.
    /// </summary>
    private static TermLookup LookupOf(ImmutableDictionary<string, int> terms, IReadOnlyList<PageText> added)
    {
        long phrases = 0;
        foreach (var run in added.SelectMany(page => page.PhraseRuns)) phrases += (long)run.Starts.Length * Math.Min(run.Starts.Length, MaximumTermWords);
        if (phrases >= terms.Count) return SetLookup(new HashSet<string>(terms.Keys, StringComparer.Ordinal));
        return phrase => terms.TryGetKey(new string(phrase), out var term) ? term : null;
    }

    /// <summary>Every occurrence of the terms <paramref name="lookup"/> finds in a page, each term's in the order the scan meets them.</summary>
    private static Dictionary<string, List<TermOccurrence>> Scan(PageText page, TermLookup lookup)
    {
        var found = new Dictionary<string, List<TermOccurrence>>(StringComparer.Ordinal);
        for (var index = 0; index < page.PhraseRuns.Count; index++)
        {
            var run = page.PhraseRuns[index];
            for (var first = 0; first < run.Starts.Length; first++)
            {
                for (var last = first; last < Math.Min(run.Starts.Length, first + MaximumTermWords); last++)
                {
                    var start = run.Starts[first];
                    if (lookup(run.Segment.Text.AsSpan(start, run.Ends[last] - start)) is not { } term) continue;
                    if (!found.TryGetValue(term, out var list)) found[term] = list = [];
                    list.Add(new TermOccurrence(term, run.Segment, start, run.Segment.LevelOf(start, term.Length), index, first));
                }
            }
        }
        return found;
    }
}
