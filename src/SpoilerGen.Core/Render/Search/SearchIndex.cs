using System.Text.Json.Serialization;

namespace SpoilerGen.Render.Search;

/// <summary>
/// The shape of a tree's <c>search-index.json</c>, which <c>search.js</c> reads: the tree's pages, and
/// each term with the pages that hold it (numbers into <see cref="Pages"/>, encoded by <see cref="PostingList"/>);
/// the words its counts are shown in; and, for an index with Korean terms, the particles <c>search.js</c> takes off
/// a query's Hangul as the index did (<see cref="KoreanParticles"/>), which are in one place so.
/// </summary>
public sealed record SearchIndex(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("stopWords")] IReadOnlyList<string> StopWords,
    [property: JsonPropertyName("pages")] IReadOnlyList<SearchIndexPage> Pages,
    [property: JsonPropertyName("terms")] IReadOnlyDictionary<string, string> Terms,
    [property: JsonPropertyName("text")] SearchIndexText Text,
    [property: JsonPropertyName("particles")] IReadOnlyList<string> Particles)
{
    /// <summary>Raised whenever the shape changes, so that an old cached script can tell.</summary>
    public const int CurrentVersion = 2;
}
