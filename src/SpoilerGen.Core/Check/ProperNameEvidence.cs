using System.Collections.Immutable;

namespace SpoilerGen.Check;

/// <summary>
/// Which words the site's own text uses as names: written with a capital in the middle of a sentence
/// (not only at its start or in a title-case heading) and never in lower case. Kept as counts of each word over
/// every page, so that an edit adjusts them by the changed pages only.
/// </summary>
/// <param name="CapitalisedMidSentence">How many times each word is written with a capital mid-sentence, by its exact spelling.</param>
/// <param name="LowerCase">How many times each word is written in lower case, compared without case.</param>
/// <param name="CapitalisedByFolding">The spellings in <paramref name="CapitalisedMidSentence"/> of each word compared without case:
/// the words whose standing a lower-case word changes.</param>
public sealed record ProperNameEvidence(
    ImmutableDictionary<string, int> CapitalisedMidSentence,
    ImmutableDictionary<string, int> LowerCase,
    ImmutableDictionary<string, ImmutableHashSet<string>> CapitalisedByFolding)
{
    public static ProperNameEvidence Empty { get; } = new(
        ImmutableDictionary.Create<string, int>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.OrdinalIgnoreCase));

    public bool IsName(string word) =>
        word.Length >= 2 && CapitalisedMidSentence.ContainsKey(word) && !LowerCase.ContainsKey(word);

    /// <summary>
    /// The evidence without the words of <paramref name="removed"/> and with those of <paramref name="added"/>, and the
    /// capitalised words whose standing as a name may have changed by it (a superset of those whose standing did).
    /// </summary>
    public (ProperNameEvidence Evidence, HashSet<string> Touched) With(IReadOnlyList<PageText> removed, IReadOnlyList<PageText> added)
    {
        var capitalisedDelta = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerCaseDelta = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pages, sign) in new[] { (removed, -1), (added, 1) })
        {
            foreach (var page in pages)
            {
                foreach (var word in page.CapitalisedMidSentence) Counts.Add(capitalisedDelta, word, sign);
                foreach (var word in page.LowerCase) Counts.Add(lowerCaseDelta, word, sign);
            }
        }
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = Counts.Apply(CapitalisedMidSentence, capitalisedDelta, touched);
        var lowerCaseCrossed = new List<string>();
        var lowerCase = Counts.Apply(LowerCase, lowerCaseDelta, lowerCaseCrossed);

        var byFolding = CapitalisedByFolding.ToBuilder();
        foreach (var word in touched)
        {
            var spellings = byFolding.GetValueOrDefault(word) ?? ImmutableHashSet.Create<string>(StringComparer.Ordinal);
            spellings = capitalised.ContainsKey(word) ? spellings.Add(word) : spellings.Remove(word);
            if (spellings.IsEmpty) byFolding.Remove(word);
            else byFolding[word] = spellings;
        }
        // A word in lower case that came or went changes the standing of every capitalised spelling of it.
        foreach (var word in lowerCaseCrossed)
        {
            if (byFolding.TryGetValue(word, out var spellings)) touched.UnionWith(spellings);
        }
        return (new ProperNameEvidence(capitalised, lowerCase, byFolding.ToImmutable()), touched);
    }
}
