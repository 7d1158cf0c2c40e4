using System.Text.Json.Serialization;

namespace SpoilerGen.Render;

/// <summary>
/// One entry of <c>levels.json</c>: a checkpoint and the tree it leads to. Read by the chooser and by
/// other tools, so its shape is a public contract.
/// </summary>
public sealed record LevelEntry(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("episode")] string? Episode,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("label")] string Label);
