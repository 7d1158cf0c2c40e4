using System.Collections.Immutable;

namespace SpoilerGen.Check;

/// <summary>
/// The names and phrases the unmarked-spoiler lint looks for, as counts of what gives each over every page, with what
/// each word's standing as a name decides, so that an edit adjusts them by the changed pages and the changed names only.
/// </summary>
/// <remarks>
/// Headings are written in title case, so their capitals say nothing: terms come from the runs outside them. A run
/// gives its whole text (from its second word where it starts a sentence with a word that is not a name), and each
/// of its words that is a name.
/// </remarks>
/// <param name="Terms">Each term by how many runs give it.</param>
/// <param name="RunWords">Each word of a run by how many times it is one: the count a word gives as a term when it is a name.</param>
/// <param name="SentenceStarts">The runs that start a sentence, by their first word: what they give changes with its standing.</param>
public sealed record CandidateTerms(
    ImmutableDictionary<string, int> Terms,
    ImmutableDictionary<string, int> RunWords,
    ImmutableDictionary<string, ImmutableDictionary<SentenceStart, int>> SentenceStarts)
{
    private const int MaximumTermWords = PageText.MaximumTermWords;

    public static CandidateTerms Empty { get; } = new(
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ImmutableDictionary<SentenceStart, int>>(StringComparer.Ordinal));

    /// <summary>
    /// The terms without the runs of <paramref name="removed"/> (counted as <paramref name="before"/> said), with those of
    /// <paramref name="added"/> (as <paramref name="after"/> says) and with what the other pages give where a word's
    /// standing as a name changed (<paramref name="flipped"/>); and the terms that came or went.
    /// </summary>
    public (CandidateTerms Terms, HashSet<string> Changed) With(IReadOnlyList<PageText> removed, IReadOnlyList<PageText> added,
        ProperNameEvidence before, ProperNameEvidence after, IEnumerable<string> flipped)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var runWords = new Dictionary<string, int>(StringComparer.Ordinal);
        var starts = new Dictionary<string, Dictionary<SentenceStart, int>>(StringComparer.Ordinal);
        void CountPage(PageText page, int sign, ProperNameEvidence names)
        {
            foreach (var run in page.Runs)
            {
                foreach (var word in run.Words)
                {
                    Counts.Add(runWords, word, sign);
                    if (names.IsName(word)) Counts.Add(terms, word, sign);
                }
                var count = run.Words.Length;
                if (!run.StartsSentence)
                {
                    if (count is >= 2 and <= MaximumTermWords) Counts.Add(terms, run.Whole, sign);
                    continue;
                }
                var start = new SentenceStart(count is >= 2 and <= MaximumTermWords ? run.Whole : null, count - 1 is >= 2 and <= MaximumTermWords ? run.FromSecond : null);
                if (!starts.TryGetValue(run.Words[0], out var ofWord)) starts[run.Words[0]] = ofWord = [];
                Counts.Add(ofWord, start, sign);
                if ((names.IsName(run.Words[0]) ? start.Whole : start.FromSecond) is { } term) Counts.Add(terms, term, sign);
            }
        }

        foreach (var page in removed) CountPage(page, -1, before);
        // What the remaining pages give changes with the standing of the words they hold.
        foreach (var word in flipped)
        {
            var sign = after.IsName(word) ? 1 : -1;
            Counts.Add(terms, word, sign * (RunWords.GetValueOrDefault(word) + runWords.GetValueOrDefault(word)));
            var remaining = new Dictionary<SentenceStart, int>(SentenceStarts.GetValueOrDefault(word) ?? ImmutableDictionary<SentenceStart, int>.Empty);
            foreach (var (start, count) in starts.GetValueOrDefault(word) ?? []) Counts.Add(remaining, start, count);
            foreach (var (start, count) in remaining)
            {
                if (start.Whole is not null) Counts.Add(terms, start.Whole, sign * count);
                if (start.FromSecond is not null) Counts.Add(terms, start.FromSecond, -sign * count);
            }
        }
        foreach (var page in added) CountPage(page, 1, after);

        var changed = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStarts = SentenceStarts.ToBuilder();
        foreach (var (word, delta) in starts)
        {
            var counts = Counts.Apply(sentenceStarts.GetValueOrDefault(word) ?? ImmutableDictionary<SentenceStart, int>.Empty, delta);
            if (counts.IsEmpty) sentenceStarts.Remove(word);
            else sentenceStarts[word] = counts;
        }
        var result = new CandidateTerms(Counts.Apply(Terms, terms, changed), Counts.Apply(RunWords, runWords), sentenceStarts.ToImmutable());
        return (result, changed);
    }
}
