namespace SpoilerGen.Check;

/// <summary>
/// Which words the site's own text uses as names: written with a capital in the middle of a sentence
/// (not only at its start or in a title-case heading) and never in lower case.
/// </summary>
public sealed class ProperNameEvidence
{
    private readonly HashSet<string> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerCase = new(StringComparer.OrdinalIgnoreCase);

    public static ProperNameEvidence From(IReadOnlyList<PageText> pages)
    {
        var evidence = new ProperNameEvidence();
        foreach (var page in pages)
        {
            evidence._lowerCase.UnionWith(page.LowerCase);
            evidence._capitalisedMidSentence.UnionWith(page.CapitalisedMidSentence);
        }
        return evidence;
    }

    public bool IsName(string word) =>
        word.Length >= 2 && _capitalisedMidSentence.Contains(word) && !_lowerCase.Contains(word);
}
