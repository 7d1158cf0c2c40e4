using System.Text.Json.Serialization;

namespace SpoilerGen.Write;

/// <summary>Source-generated JSON for what a build keeps beside its output: its warnings and its render cache.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RecordedDiagnostic))]
[JsonSerializable(typeof(RenderCacheState))]
internal sealed partial class BuildStateJsonContext : JsonSerializerContext;
