namespace SpoilerGen.Check;

/// <summary>
/// Which words the site's own text uses as names: written with a capital in the middle of a sentence
/// (not only at its start or in a title-case heading) and never in lower case.
/// </summary>
public sealed class ProperNameEvidence
{
    private readonly HashSet<string> _capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerCase = new(StringComparer.OrdinalIgnoreCase);

    public static ProperNameEvidence From(IReadOnlyList<TextSegment> segments)
    {
        var evidence = new ProperNameEvidence();
        foreach (var segment in segments)
        {
            foreach (System.Text.RegularExpressions.Match word in WordRun.WordsOf(segment.Text))
            {
                if (!char.IsUpper(word.Value[0])) evidence._lowerCase.Add(word.Value);
                else if (!segment.IsHeading && !segment.IsSentenceStart(word.Index)) evidence._capitalisedMidSentence.Add(word.Value);
            }
        }
        return evidence;
    }

    public bool IsName(string word) =>
        word.Length >= 2 && _capitalisedMidSentence.Contains(word) && !_lowerCase.Contains(word);
}
