using System.Text.Json.Serialization;

namespace SpoilerGen.Render.Search;

/// <summary>
/// A page as a search result shows it. One-letter names, because a large tree lists a thousand of
/// these; the URL is relative to the tree's folder, which is also the index's folder.
/// </summary>
public sealed record SearchIndexPage(
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("e")] string Excerpt);
