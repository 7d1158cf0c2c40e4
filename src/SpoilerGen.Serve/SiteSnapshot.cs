using Markdig;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Serve;

/// <summary>
/// One successful build held in memory, as serve answers from it: its files (<see cref="IRenderedFileStore"/>), and
/// which page of which tree each page file is, for the bar's episode switch and spoiler map link.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly IRenderedFileStore _files;

    /// <param name="pageCount">the pages of every language, as <c>build</c> counts them</param>
    /// <param name="treeCount">the trees of every language</param>
    public SiteSnapshot(SiteModel site, MarkdownPipeline pipeline, IEnumerable<OutputFile> files, int pageCount, int treeCount)
        : this(site, pipeline, new WholeSiteFiles(files), pageCount, treeCount)
    {
    }

    /// <param name="files">every file of the build, or those rendered on request while the whole render runs</param>
    public SiteSnapshot(SiteModel site, MarkdownPipeline pipeline, IRenderedFileStore files, int pageCount, int treeCount)
    {
        Site = site;
        PageCount = pageCount;
        TreeCount = treeCount;
        Pipeline = pipeline;
        Urls = new SiteUrls(site.Config);
        _files = files;
    }

    /// <summary>The default language's model: the bar and the spoiler map read it.</summary>
    public SiteModel Site { get; }

    public int PageCount { get; }

    public int TreeCount { get; }

    public MarkdownPipeline Pipeline { get; }

    public SiteUrls Urls { get; }

    /// <summary>The base URL's path, under which the site is served: <c>/guide/</c> or <c>/</c>.</summary>
    public string BasePath => Urls.BasePath;

    public int FileCount => _files.Count;

    /// <summary>Whether every file is held: while it is not, a path not found may still be a file of the site.</summary>
    public bool IsComplete => _files.IsComplete;

    public bool TryGetFile(string relativePath, out OutputFile file) => _files.TryGetFile(relativePath, out file);

    /// <summary>The tree and page that an output file shows, when it is a page of the model (not a tag list or the chooser).</summary>
    /// <remarks>Worked out from the path (a page's file is its tree's folder, its key and <c>index.html</c>): no map of every page file is made for each build.</remarks>
    public bool TryGetPage(string relativePath, out Tree tree, out SitePage page)
    {
        (tree, page) = (null!, null!);
        const string Index = "index.html";
        if (TreeOf(relativePath) is not { } found || !relativePath.EndsWith(Index, StringComparison.Ordinal) || relativePath.Length - Index.Length < found.Path.Length) return false;
        if (!Site.TryGetPage(relativePath[found.Path.Length..^Index.Length], out var shown) || !shown.ExistsAt(found.Index)) return false;
        (tree, page) = (found, shown);
        return true;
    }

    /// <summary>The tree that an output file lies in, from its first folder; null for files at the root.</summary>
    public Tree? TreeOf(string relativePath) =>
        Site.Trees.FirstOrDefault(tree => relativePath.StartsWith(tree.Path, StringComparison.Ordinal));

    public SitePage? PageByKey(string key) => Site.Pages.FirstOrDefault(page => page.Key == key);
}
