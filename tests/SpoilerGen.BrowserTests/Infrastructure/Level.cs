using System.Text.Json;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>One entry of the built site's <c>levels.json</c>: a checkpoint and the tree that serves it.</summary>
/// <param name="Path">The tree's folder relative to the site root, e.g. <c>s01e01/</c>.</param>
public sealed record Level(int Index, string? Episode, string Path, string Label)
{
    public const string FileName = "levels.json";

    public static IReadOnlyList<Level> ReadAll(string siteFolder) =>
        JsonSerializer.Deserialize<List<Level>>(File.ReadAllText(System.IO.Path.Combine(siteFolder, FileName)), JsonSerializerOptions.Web)
        ?? throw new InvalidDataException($"{FileName} is empty");
}
