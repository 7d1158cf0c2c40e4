using System.Text.Json;
using SpoilerGen.Render.Search;

namespace SpoilerGen.Tests.Search;

/// <summary>
/// A built <c>search-index.json</c>, read as <c>search.js</c> reads it: the tests ask it what a reader
/// typing a query would find, not only which strings the file holds.
/// </summary>
public sealed class SearchIndexFile
{
    private readonly IReadOnlyDictionary<string, string> _terms;
    private readonly IReadOnlySet<string> _stopWords;

    public SearchIndexFile(string json)
    {
        Json = json;
        var root = JsonDocument.Parse(json).RootElement;
        Pages = [.. root.GetProperty("pages").EnumerateArray().Select(page =>
            new SearchIndexPage(page.GetProperty("t").GetString()!, page.GetProperty("u").GetString()!, page.GetProperty("e").GetString()!))];
        _terms = root.GetProperty("terms").EnumerateObject().ToDictionary(term => term.Name, term => term.Value.GetString()!);
        _stopWords = root.GetProperty("stopWords").EnumerateArray().Select(word => word.GetString()!).ToHashSet();
    }

    public string Json { get; }

    public IReadOnlyList<SearchIndexPage> Pages { get; }

    public IEnumerable<string> Terms => _terms.Keys;

    /// <summary>The URLs (relative to the tree) of the pages where every typed term starts a term, as the client matches.</summary>
    public IReadOnlyList<string> Find(string query)
    {
        var all = SearchTokenizer.QueryTerms(query).ToList();
        List<string> typed = [.. all.Where((term, i) => !term.Spaced || term.Term.Length >= SearchTokenizer.MinimumLength && (i == all.Count - 1 || !_stopWords.Contains(term.Term))).Select(term => term.Term)];
        if (typed.Count == 0) return [];
        var pages = typed
            .Select(prefix => _terms.Where(term => term.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(term => PostingList.Decode(term.Value)).ToHashSet())
            .Aggregate((all, next) => [.. all.Intersect(next)]);
        return [.. pages.Order().Select(page => Pages[page].Url)];
    }
}
