using System.Collections.Immutable;
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
/// Renders the whole site from the model: every page body of every tree once, in parallel; then the
/// pages, each tree's own files (tags, feed, sitemap, search index), and the files at the root.
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

    public SiteRenderer(SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics)
    {
        _site = site;
        _theme = theme;
        _diagnostics = diagnostics;
        _urls = new SiteUrls(site.Config);
        var siteView = new SiteView(
            site.Config.Title, site.Config.Description, site.Config.Language, _urls.BasePath, _urls.Absolute(_urls.Root),
            _urls.Asset(""), _urls.Root + LevelsFileName, _urls.Root);
        _templates = new TemplateRenderer(theme, siteView, new GeneratorView("SpoilerGen", generatorVersion), diagnostics);
        _bodies = new BodyRenderer(site, pipeline, _urls);
        _views = new PageViewBuilder(site, _urls);
    }

    /// <summary>Renders every file of the site into <paramref name="output"/> as it is finished.</summary>
    public void Render(string siteRoot, IOutputSink output, CancellationToken cancellationToken = default)
    {
        var recorded = new PathRecordingOutput(output);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var treePages = RenderTreePages(parallel);

        Parallel.ForEach(treePages.Values.SelectMany(pages => pages), parallel, page =>
        {
            var file = SiteUrls.PageFile(page.Tree, page.Page);
            if (RenderTemplate(TemplateFor(page.Page.Kind), _views.ForPage(page), $"{file} from {page.Page.DisplayPath}") is { } html)
            {
                recorded.Add(new TextOutputFile(file, html));
            }
        });
        Parallel.ForEach(_site.Trees, parallel, tree =>
        {
            foreach (var file in TreeFiles(tree, treePages[tree])) recorded.Add(file);
        });
        foreach (var file in RootFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            recorded.Add(file);
        }
        _templates.ReportFailures();

        // Static files last, once every generated path is known: one that would collide is reported, never written.
        var staticFiles = new SiteFolder(siteRoot).Files(StaticFolderName, _diagnostics);
        if (new OutputPathChecker(_site, _theme, _diagnostics).Check(recorded.Paths, staticFiles))
        {
            foreach (var file in staticFiles) recorded.Add(new CopiedOutputFile(file.RelativePath, file.FullPath));
        }
    }

    /// <summary>Every page body of every tree, rendered once: pages, lists and feeds all use these.</summary>
    private ImmutableDictionary<Tree, ImmutableArray<TreePage>> RenderTreePages(ParallelOptions parallel)
    {
        var work = _site.Trees.SelectMany(tree => _site.Pages.Where(page => page.ExistsAt(tree.Index)).Select(page => (tree, page))).ToList();
        var rendered = new TreePage[work.Count];
        Parallel.For(0, work.Count, parallel, i =>
        {
            var (tree, page) = work[i];
            var previous = _site.PreviousTree(tree);
            rendered[i] = new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), _urls.Page(tree, page),
                _bodies.Render(page, tree), IsNew: previous is not null && !page.ExistsAt(previous.Index));
        });
        return rendered.GroupBy(page => page.Tree).ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray());
    }

    private IEnumerable<OutputFile> TreeFiles(Tree tree, ImmutableArray<TreePage> pages)
    {
        var tags = new TagIndex(pages);
        var tagsFolder = tree.Path + Tree.TagsFolder + "/";
        if (RenderTemplate("section.html", _views.ForTagList(tree, tags), tagsFolder + "index.html") is { } tagList) yield return new TextOutputFile(tagsFolder + "index.html", tagList);
        foreach (var tag in tags.Tags)
        {
            if (RenderTemplate("section.html", _views.ForTagList(tree, tags, tag: tag), $"{tagsFolder}{tag.Slug}/index.html") is { } tagPage)
            {
                yield return new TextOutputFile($"{tagsFolder}{tag.Slug}/index.html", tagPage);
            }
        }
        yield return new AtomFeedWriter(_site, _urls).Write(tree, pages);
        yield return new SitemapWriter(_site, _urls).WriteTree(tree, pages);
        yield return new SearchIndexWriter(_site).Write(tree, pages);
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
