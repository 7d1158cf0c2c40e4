using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>
/// One tree while its pages are being rendered: the pages it shows, in the site's order, and the summary
/// of each once rendered, which its own files (tags, feed, sitemap, search index) are made from.
/// </summary>
public sealed class TreeWork(TreeNavigation navigation, SitePage[] pages)
{
    private int _remaining = pages.Length;

    public TreeNavigation Navigation { get; } = navigation;

    public SitePage[] Pages { get; } = pages;

    public TreePage[] Summaries { get; } = new TreePage[pages.Length];

    /// <summary>The key of the forms of every page the tree shows (<see cref="Incremental.RenderInputs.TreeForms"/>), when the render keeps a cache.</summary>
    public string? FormsKey { get; init; }

    /// <summary>The key of each page's body inputs, when the render keeps a cache for the next one.</summary>
    public string[] BodyKeys { get; } = new string[pages.Length];

    /// <summary>Counts a rendered page; true for the last one, after which every summary is there to read.</summary>
    public bool PageDone() => Interlocked.Decrement(ref _remaining) == 0;
}
