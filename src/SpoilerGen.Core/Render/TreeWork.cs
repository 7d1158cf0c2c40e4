using System.Collections.Concurrent;
using SpoilerGen.Model;
using SpoilerGen.Render.Incremental;

namespace SpoilerGen.Render;

/// <summary>
/// One tree while its pages are being rendered: the pages it shows, in the site's order, which of them the render works on
/// (every one, or, for a tree whose pages' forms are unchanged, only those whose body changed), the summary of each once
/// rendered (which its own files are made from) and, when the render keeps a cache, what it keeps of each.
/// </summary>
public sealed class TreeWork
{
    private int _remaining;

    /// <param name="worked">The indexes of the pages to work on; null for every page.</param>
    public TreeWork(TreeNavigation navigation, SitePage[] pages, int[]? worked = null)
    {
        Navigation = navigation;
        Pages = pages;
        Worked = worked ?? [.. Enumerable.Range(0, pages.Length)];
        _remaining = Worked.Length;
        Summaries = new TreePage[pages.Length];
        BodyKeys = new string[pages.Length];
    }

    public TreeNavigation Navigation { get; }

    public SitePage[] Pages { get; }

    /// <summary>The indexes (into <see cref="Pages"/>) of the pages this render renders or takes one by one.</summary>
    public int[] Worked { get; }

    public TreePage[] Summaries { get; }

    /// <summary>The key of the forms of every page the tree shows (<see cref="RenderInputs.TreeForms"/>), when the render keeps a cache.</summary>
    public string? FormsKey { get; init; }

    /// <summary>The tree as the previous render left it, when there is one to take files from.</summary>
    public CachedTree? Previous { get; init; }

    /// <summary>
    /// Whether every page not <see cref="Worked"/> on is taken from <see cref="Previous"/> as it is, with no work at all: the
    /// tree's forms are unchanged, or changed only where they do not reach those pages, and so are those pages' bodies.
    /// </summary>
    public bool TakesUnchanged { get; init; }

    /// <summary>
    /// The keys of the pages the previous render's tree showed and this one does not, when it is <see cref="TakesUnchanged"/>
    /// with forms that changed (serve, <see cref="Incremental.FormChanges"/>): their files leave the tree's set.
    /// </summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Whether the tree is <see cref="TakesUnchanged"/> though its pages' forms changed: its tag pages and own files are made again.</summary>
    public bool FormsChanged { get; init; }

    /// <summary>Where <see cref="FormsChanged"/>: whether a page whose form changed has tags, so that a tag page's list may have changed.</summary>
    public bool TagsMayChange { get; init; } = true;

    /// <summary>The key of each worked page's body inputs, when the render keeps a cache for the next one.</summary>
    public string[] BodyKeys { get; }

    /// <summary>What the cache keeps of each worked page, by its key.</summary>
    public ConcurrentDictionary<string, CachedPage> Made { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts a worked page; true for the last one, after which every summary is there to read.</summary>
    public bool PageDone() => Interlocked.Decrement(ref _remaining) == 0;
}
