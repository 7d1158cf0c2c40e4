using System.Text.Json.Serialization;

namespace SpoilerGen.Render.Search;

/// <summary>
/// The words <c>search.js</c> shows with results, in the site's language: "No results", and the plural
/// forms of "{count} results" by CLDR category, from which the script picks with the browser's plural rules.
/// </summary>
public sealed record SearchIndexText(
    [property: JsonPropertyName("none")] string None,
    [property: JsonPropertyName("results")] IReadOnlyDictionary<string, string> Results,
    [property: JsonPropertyName("first")] IReadOnlyDictionary<string, string> First);
