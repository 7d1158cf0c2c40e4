using System.Text.Json.Serialization;

namespace SpoilerGen.Render.Search;

/// <summary>Source-generated JSON for <c>search-index.json</c>: compact, without reflection.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(SearchIndex))]
public sealed partial class SearchIndexJsonContext : JsonSerializerContext;
