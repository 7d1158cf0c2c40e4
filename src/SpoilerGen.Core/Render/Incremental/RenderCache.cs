using System.Collections.Concurrent;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// What one render made, by the key of each file's inputs: handed to the next render of the same site, which
/// takes every file whose inputs are unchanged from here and renders only the others. Never changed once the
/// render that filled it has finished.
/// </summary>
/// <param name="SiteKey">The config, theme, options and tree layout: with another site key nothing here is reused.</param>
public sealed class RenderCache(string siteKey)
{
    public string SiteKey { get; } = siteKey;

    internal ConcurrentDictionary<(string TreePath, string PageKey), CachedPage> Pages { get; } = new();

    /// <summary>Each tree's tag pages, by the key of its pages' forms.</summary>
    internal ConcurrentDictionary<string, CachedTreeFiles> TagFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Each tree's search index, feed and sitemap, by the key of its pages' forms and bodies.</summary>
    internal ConcurrentDictionary<string, CachedTreeFiles> TreeFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>One copy of each distinct body text: most pages read the same in many trees.</summary>
    internal ConcurrentDictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    private int _rendered;
    private int _reused;

    /// <summary>How many page and tree files the render that filled this cache rendered afresh.</summary>
    public int RenderedCount => _rendered;

    /// <summary>How many it took unchanged from the render before.</summary>
    public int ReusedCount => _reused;

    internal void CountRendered(int count = 1) => Interlocked.Add(ref _rendered, count);

    internal void CountReused(int count = 1) => Interlocked.Add(ref _reused, count);
}
