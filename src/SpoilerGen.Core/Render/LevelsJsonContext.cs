using System.Text.Json.Serialization;

namespace SpoilerGen.Render;

/// <summary>Source-generated JSON for <c>levels.json</c>: no reflection at start-up, which keeps the tool quick.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(IEnumerable<LevelEntry>))]
public sealed partial class LevelsJsonContext : JsonSerializerContext;
