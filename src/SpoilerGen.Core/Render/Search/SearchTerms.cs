using System.Collections.Concurrent;

namespace SpoilerGen.Render.Search;

/// <summary>
/// The distinct search terms of each text in one language, each term as its number in one table. A text is read once
/// for every tree that shows it, and <c>build</c> keeps its texts' terms in its render cache, so that the next build's
/// indexes read only the texts an edit changed. Safe to use from every thread.
/// </summary>
/// <remarks>
/// A text's terms depend only on the text, the tokenizer (the tool) and the language's stop words (the language):
/// terms kept from a render with another tool or config are never handed to this one (the render cache's site key).
/// </remarks>
public sealed class SearchTerms
{
    private readonly Lock _table = new();
    private readonly List<string> _terms;
    private readonly Dictionary<string, int> _numbers;
    private readonly ConcurrentDictionary<string, int[]> _ofText = new(StringComparer.Ordinal);

    public SearchTerms(string language)
    {
        Language = language;
        _terms = [];
        _numbers = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    private SearchTerms(string language, List<string> terms, Dictionary<string, int> numbers)
    {
        Language = language;
        _terms = terms;
        _numbers = numbers;
    }

    /// <summary>The language whose stop words the terms were read with.</summary>
    public string Language { get; }

    /// <summary>How many texts' terms are known.</summary>
    public int TextCount => _ofText.Count;

    /// <summary>The numbers of the text's distinct terms, read by <paramref name="read"/> only when the text is not known.</summary>
    public int[] Of(string text, Func<string, IReadOnlyCollection<string>> read)
    {
        if (_ofText.TryGetValue(text, out var known)) return known;
        var terms = read(text);
        var numbers = new int[terms.Count];
        lock (_table)
        {
            var index = 0;
            foreach (var term in terms)
            {
                if (!_numbers.TryGetValue(term, out var number))
                {
                    number = _terms.Count;
                    _terms.Add(term);
                    _numbers[term] = number;
                }
                numbers[index++] = number;
            }
        }
        return _ofText.GetOrAdd(text, numbers);
    }

    /// <summary>Each number's term.</summary>
    public string[] TermsOf(IReadOnlyCollection<int> numbers)
    {
        var terms = new string[numbers.Count];
        lock (_table)
        {
            var index = 0;
            foreach (var number in numbers) terms[index++] = _terms[number];
        }
        return terms;
    }

    /// <summary>
    /// A key of the terms the numbers stand for, in ordinal order: the same terms give the same key in any table (a build's
    /// cache keeps only the terms its texts hold, numbered again), so that an index can tell a text's terms are unchanged.
    /// </summary>
    public string KeyOf(int[] numbers)
    {
        var terms = TermsOf(numbers);
        Array.Sort(terms, StringComparer.Ordinal);
        using var key = new Text.ContentKey();
        key.Add(terms.Length);
        foreach (var term in terms) key.Add(term);
        return key.Finish();
    }

    /// <summary>The terms of a text already read, as their numbers; null when it was not read.</summary>
    public int[]? Known(string text) => _ofText.GetValueOrDefault(text);

    /// <summary>
    /// The terms kept by an earlier build: its table of terms, and each of its texts' terms as numbers into it. Null when
    /// the table repeats a term or a number is outside it (a damaged cache is never read as terms).
    /// </summary>
    public static SearchTerms? From(string language, List<string> terms, IEnumerable<(string Text, int[] Numbers)> texts)
    {
        var numbers = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var number = 0; number < terms.Count; number++)
        {
            if (terms[number] is null || !numbers.TryAdd(terms[number], number)) return null;
        }
        var known = new SearchTerms(language, terms, numbers);
        foreach (var (text, ofText) in texts)
        {
            foreach (var number in ofText)
            {
                if ((uint)number >= (uint)terms.Count) return null;
            }
            known._ofText[text] = ofText;
        }
        return known;
    }
}
