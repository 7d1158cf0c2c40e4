namespace SpoilerGen.Render.Incremental;

/// <summary>A tree's own files (tag pages, feed, sitemap, search index) and the key of what they were made from.</summary>
public sealed record CachedTreeFiles(string InputsKey, IReadOnlyList<OutputFile> Files);
