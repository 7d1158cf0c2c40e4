using System.Collections.Concurrent;
using System.Text.Json;
using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;
using SpoilerGen.Render.Feeds;
using SpoilerGen.Render.Search;
using SpoilerGen.Render.SearchEngines;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// Renders the whole site from the model, tree by tree: each page of a tree in parallel, then the tree's
/// own files (tags, feed, sitemap, search index) from small summaries of its pages, then the files at the root.
/// </summary>
public sealed class SiteRenderer
{
    public const string LevelsFileName = "levels.json";
    public const string StaticFolderName = "static";
    public const string NotFoundFileName = "404.html";

    private readonly SiteModel _site;
    private readonly SiteUrls _urls;
    private readonly ThemeTemplates _theme;
    private readonly TemplateRenderer _templates;
    private readonly BodyRenderer _bodies;
    private readonly PageViewBuilder _views;
    private readonly DiagnosticBag _diagnostics;
    // Made once: each holds serializer options whose type metadata is worked out on first use.
    private readonly SearchIndexWriter _searchIndexes;
    private readonly AtomFeedWriter _feeds;
    private readonly SitemapWriter _sitemaps;

    public SiteRenderer(SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics)
    {
        _site = site;
        _theme = theme;
        _urls = new SiteUrls(site.Config);
        var siteView = new SiteView(
            site.Config.Title, site.Config.Description, site.Config.Language, _urls.BasePath, _urls.Absolute(_urls.Root),
            _urls.Asset(""), _urls.Root + LevelsFileName, _urls.Root,
            ThemeImage(site.Config.Theme.Logo), ThemeImage(site.Config.Theme.Hero), AccentPalette.Css(site.Config.Theme.Accent));
        _templates = new TemplateRenderer(theme, siteView, new GeneratorView("SpoilerGen", generatorVersion), diagnostics);
        _bodies = new BodyRenderer(site, pipeline, _urls);
        _views = new PageViewBuilder(site, _urls);
        _diagnostics = diagnostics;
        _searchIndexes = new SearchIndexWriter(site);
        _feeds = new AtomFeedWriter(site, _urls);
        _sitemaps = new SitemapWriter(site, _urls);
    }

    /// <summary>
    /// Renders every file of the site into <paramref name="output"/> as it is finished, tree after tree:
    /// each page is handed over as soon as it is rendered and dropped, so memory holds only the page
    /// summaries (what lists, tags, feed, sitemap and search index need) of the one or two trees being
    /// finished, never the site.
    /// </summary>
    public void Render(string siteRoot, IOutputSink sink, CancellationToken cancellationToken = default)
    {
        // Every generated path is remembered (only the path), for the static files' check at the end.
        var output = new PathRecordingOutput(sink);
        // No more workers than cores: more would not go faster, but each would hold a tree of summaries.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // One stream of pages, tree after tree, taken one at a time: both cores stay busy across the end of
        // a tree, and whoever renders a tree's last page writes that tree's own files while the other goes on.
        var pages = _site.Trees.SelectMany(tree =>
        {
            var work = new TreeWork(new TreeNavigation(_site, tree), [.. _site.Pages.Where(page => page.ExistsAt(tree.Index))]);
            if (work.Pages.Length == 0) WriteTreeFiles(work.Navigation, work.Summaries, output, parallel);
            return Enumerable.Range(0, work.Pages.Length).Select(index => (work, index));
        });
        Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), parallel, item =>
        {
            var (work, index) = item;
            work.Summaries[index] = RenderPage(work.Navigation, work.Pages[index], output);
            if (work.PageDone()) WriteTreeFiles(work.Navigation, work.Summaries, output, parallel);
        });
        foreach (var file in RootFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Add(file);
        }
        _templates.ReportFailures();

        // Static files last, once every generated path is known: one that would collide is reported, never written.
        var staticFiles = new SiteFolder(siteRoot).Files(StaticFolderName, _diagnostics);
        if (new OutputPathChecker(_site, _theme, _diagnostics).Check(output.Paths, staticFiles))
        {
            foreach (var file in staticFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                output.Add(new CopiedOutputFile(file.RelativePath, file));
            }
        }
    }

    /// <summary>Renders one page of one tree and hands it over; returns its summary, without the HTML.</summary>
    private TreePage RenderPage(TreeNavigation navigation, SitePage page, IOutputSink output)
    {
        var tree = navigation.Tree;
        var rendered = new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), _urls.Page(tree, page),
            _bodies.Render(page, tree), IsNew: navigation.Previous is not null && !page.ExistsAt(navigation.Previous.Index));
        var file = SiteUrls.PageFile(tree, page);
        if (RenderTemplate(TemplateFor(page.Kind), _views.ForPage(rendered, navigation), $"{file} from {page.DisplayPath}") is { } html)
        {
            output.Add(new TextOutputFile(file, html));
        }
        return rendered.WithoutHtml();
    }

    private void WriteTreeFiles(TreeNavigation navigation, TreePage[] pages, IOutputSink output, ParallelOptions parallel)
    {
        var tree = navigation.Tree;
        var tags = new TagIndex(pages);
        var tagsFolder = tree.Path + Tree.TagsFolder + "/";
        Parallel.Invoke(parallel,
            () => output.Add(_searchIndexes.Write(tree, pages)),
            () =>
            {
                if (RenderTemplate("section.html", _views.ForTagList(navigation, tags), tagsFolder + "index.html") is { } tagList) output.Add(new TextOutputFile(tagsFolder + "index.html", tagList));
                foreach (var tag in tags.Tags)
                {
                    parallel.CancellationToken.ThrowIfCancellationRequested();
                    if (RenderTemplate("section.html", _views.ForTagList(navigation, tags, tag: tag), $"{tagsFolder}{tag.Slug}/index.html") is { } tagPage)
                    {
                        output.Add(new TextOutputFile($"{tagsFolder}{tag.Slug}/index.html", tagPage));
                    }
                }
                output.Add(_feeds.Write(tree, pages));
                output.Add(_sitemaps.WriteTree(tree, pages));
            });
    }

    private IEnumerable<OutputFile> RootFiles()
    {
        // The root is read before any episode: the chooser and the 404 page name no episode title.
        var checkpoints = _views.SpoilerFreeCheckpoints();
        var rootVariables = new Dictionary<string, object?>
        {
            ["checkpoints"] = checkpoints,
            ["seasons"] = SeasonGroups.For(_site.Timeline, checkpoints),
            ["page"] = null,
            ["tree"] = null,
        };
        if (RenderTemplate("chooser.html", rootVariables, "index.html") is { } chooser) yield return new TextOutputFile("index.html", chooser);
        if (RenderTemplate(NotFoundFileName, rootVariables, NotFoundFileName) is { } notFound) yield return new TextOutputFile(NotFoundFileName, notFound);
        yield return new TextOutputFile(LevelsFileName, RenderLevels());
        var sitemaps = new SitemapWriter(_site, _urls);
        yield return sitemaps.WriteIndex();
        yield return sitemaps.WriteRootPages();
        yield return RobotsTxtWriter.Write(_urls);
        foreach (var (name, asset) in _theme.Assets) yield return new BinaryOutputFile("assets/" + name, asset.Read());
    }

    private string? ThemeImage(string? staticPath) => staticPath is null ? null : _urls.SiteRooted("/" + staticPath);

    private string? RenderTemplate(string name, IReadOnlyDictionary<string, object?> variables, string renderingFor) =>
        _templates.Render(name, variables, renderingFor);

    private static string TemplateFor(PageKind kind) => kind switch
    {
        PageKind.Home => "home.html",
        PageKind.Section => "section.html",
        _ => "page.html",
    };

    private string RenderLevels()
    {
        var levels = _site.Timeline.Checkpoints.Select(checkpoint => new LevelEntry(
            checkpoint.Index, checkpoint.EpisodeId, _site.TreeFor(checkpoint.Index).Path, checkpoint.SpoilerFreeLabel));
        return JsonSerializer.Serialize(levels, LevelsJsonContext.Default.IEnumerableLevelEntry);
    }
}
