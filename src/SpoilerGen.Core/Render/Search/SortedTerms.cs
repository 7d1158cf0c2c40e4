using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SpoilerGen.Render.Search;

/// <summary>
/// A search index's terms and their encoded page lists, in ordinal order of the terms: two arrays sorted once, where a
/// sorted dictionary of tens of thousands of terms cost a tree node and a dozen comparisons a term, thirteen times over
/// after an edit. Enumerated (and so written to JSON) in that order, as the sorted dictionary was.
/// </summary>
public sealed class SortedTerms : IReadOnlyDictionary<string, string>
{
    private readonly string[] _terms;
    private readonly string[] _pages;

    /// <param name="terms">The terms, distinct, in <see cref="StringComparer.Ordinal"/> order.</param>
    /// <param name="pages">Each term's encoded page list, at the term's index.</param>
    public SortedTerms(string[] terms, string[] pages)
    {
        if (terms.Length != pages.Length) throw new ArgumentException("a page list for each term", nameof(pages));
        _terms = terms;
        _pages = pages;
    }

    public int Count => _terms.Length;

    public IEnumerable<string> Keys => _terms;

    public IEnumerable<string> Values => _pages;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.BinarySearch(_terms, key, StringComparer.Ordinal) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = Array.BinarySearch(_terms, key, StringComparer.Ordinal);
        value = index >= 0 ? _pages[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var index = 0; index < _terms.Length; index++) yield return new KeyValuePair<string, string>(_terms[index], _pages[index]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
