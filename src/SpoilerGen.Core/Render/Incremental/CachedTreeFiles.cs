using SpoilerGen.Render.Output;

namespace SpoilerGen.Render.Incremental;

/// <summary>A tree's own files (tag pages, feed, sitemap, search index) and the key of what they were made from.</summary>
public sealed record CachedTreeFiles(string InputsKey, IReadOnlyList<OutputFile> Files)
{
    /// <summary>
    /// The key of each file's own inputs, by its path, where serve's render worked them out (its tag pages): after an edit
    /// that changes the tree's forms, the next render takes each file whose key is unchanged. Null in <c>build</c>'s cache.
    /// </summary>
    public IReadOnlyDictionary<string, string>? FileKeys { get; init; }

    /// <summary>What every one of those files reads besides its own inputs (<see cref="RenderInputs.TagPagesContext"/>), where <see cref="FileKeys"/> are kept.</summary>
    public string? ContextKey { get; init; }
}
