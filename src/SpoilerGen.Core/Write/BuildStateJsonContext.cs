using System.Text.Json.Serialization;

namespace SpoilerGen.Write;

/// <summary>Source-generated JSON for what a build keeps beside its output: its warnings (the render cache is <see cref="RenderCacheFormat"/>).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RecordedDiagnostic))]
internal sealed partial class BuildStateJsonContext : JsonSerializerContext;
