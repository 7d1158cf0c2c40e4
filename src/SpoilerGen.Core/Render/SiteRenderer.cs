using System.Collections.Concurrent;
using System.Text.Json;
using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;
using SpoilerGen.Render.Feeds;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Search;
using SpoilerGen.Render.SearchEngines;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// Renders the whole site from the model, tree by tree: each page of a tree in parallel, then the tree's
/// own files (tags, feed, sitemap, search index) from small summaries of its pages, then the files at the root.
/// Given the <see cref="RenderInputs"/> of the site and the cache of the render before, it takes from that
/// cache every page and tree file whose inputs are unchanged, renders the others, and fills
/// <see cref="Cache"/> for the next render.
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

    // The render's own Ctrl+C and SIGTERM, looked at by the templates' loops too: one loop can run for seconds within the limits.
    private CancellationToken _cancellation;
    private readonly BodyRenderer _bodies;
    private readonly PageViewBuilder _views;
    private readonly DiagnosticBag _diagnostics;
    // Made once: each holds serializer options whose type metadata is worked out on first use.
    private readonly SearchIndexWriter _searchIndexes;
    private readonly AtomFeedWriter _feeds;
    private readonly SitemapWriter _sitemaps;
    private readonly RenderInputs? _inputs;
    private readonly RenderCache? _previous;
    private readonly RenderCache? _next;

    /// <param name="inputs">The keys of each file's inputs; null for a render that keeps no cache.</param>
    /// <param name="previous">The cache of the render before, used only where its site key is the same.</param>
    /// <param name="keepsFiles">Whether the cache holds the files themselves (<c>serve</c>) or only their paths in the output (<c>build</c>).</param>
    public SiteRenderer(SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics,
        RenderInputs? inputs = null, RenderCache? previous = null, bool keepsFiles = true)
    {
        _inputs = inputs;
        _next = inputs is null ? null : new RenderCache(inputs.SiteKey, keepsFiles);
        _previous = inputs is not null && previous?.SiteKey == inputs.SiteKey ? previous : null;
        _site = site;
        _theme = theme;
        _urls = new SiteUrls(site.Config);
        var siteView = new SiteView(
            site.Config.Title, site.Config.Description, site.Config.Language, _urls.BasePath, _urls.Absolute(_urls.Root),
            _urls.Asset(""), _urls.Root + LevelsFileName, _urls.Root,
            ThemeImage(site.Config.Theme.Logo), ThemeImage(site.Config.Theme.Hero), AccentPalette.Css(site.Config.Theme.Accent), site.Config.Words.Direction);
        _templates = new TemplateRenderer(theme, siteView, new GeneratorView("SpoilerGen", generatorVersion), site.Config.Words, diagnostics);
        _bodies = new BodyRenderer(site, pipeline, _urls);
        _views = new PageViewBuilder(site, _urls);
        _diagnostics = diagnostics;
        _searchIndexes = new SearchIndexWriter(site);
        _feeds = new AtomFeedWriter(site, _urls);
        _sitemaps = new SitemapWriter(site, _urls);
    }

    /// <summary>
    /// What this render made, for the next render of the same site; null when it keeps no cache, or when it
    /// reported anything (a file taken from a cache would not report it again).
    /// </summary>
    public RenderCache? Cache { get; private set; }

    /// <summary>
    /// Renders every file of the site into <paramref name="output"/> as it is finished, tree after tree:
    /// each page is handed over as soon as it is rendered and dropped, so memory holds only the page
    /// summaries (what lists, tags, feed, sitemap and search index need) of the one or two trees being
    /// finished, never the site.
    /// </summary>
    public void Render(string siteRoot, IOutputSink sink, CancellationToken cancellationToken = default)
    {
        _cancellation = cancellationToken;
        var reportedBefore = _diagnostics.Count;
        // Every generated path is remembered (only the path), for the static files' check at the end.
        var output = new PathRecordingOutput(sink);
        // No more workers than cores: more would not go faster, but each would hold a tree of summaries.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // One stream of pages, tree after tree, taken one at a time: both cores stay busy across the end of
        // a tree, and whoever renders a tree's last page writes that tree's own files while the other goes on.
        var pages = _site.Trees.SelectMany(tree =>
        {
            var navigation = new TreeNavigation(_site, tree);
            SitePage[] shown = [.. _site.Pages.Where(page => page.ExistsAt(tree.Index))];
            // Known before its pages: a page whose body and tree forms are unchanged keeps its file without a key worked out.
            var work = new TreeWork(navigation, shown) { FormsKey = _inputs?.TreeForms(navigation, shown) };
            if (work.Pages.Length == 0) WriteTreeFiles(work, output, parallel);
            return Enumerable.Range(0, work.Pages.Length).Select(index => (work, index));
        });
        Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), parallel, item =>
        {
            var (work, index) = item;
            work.Summaries[index] = RenderPage(work, index, output);
            if (work.PageDone()) WriteTreeFiles(work, output, parallel);
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
        Cache = _diagnostics.Count == reportedBefore ? _next : null;
    }

    /// <summary>Renders one page of one tree and hands it over, or hands over its cached file; returns its summary, without the HTML.</summary>
    private TreePage RenderPage(TreeWork work, int index, IOutputSink output)
    {
        var (navigation, page) = (work.Navigation, work.Pages[index]);
        var tree = navigation.Tree;
        var isNew = navigation.Previous is not null && !page.ExistsAt(navigation.Previous.Index);
        string? inputsKey = null;
        if (_inputs is not null)
        {
            var bodyKey = work.BodyKeys[index] = _inputs.Body(page, tree);
            var cached = _previous?.Pages.GetValueOrDefault((tree.Path, page.Key));
            var previousForms = _previous?.TagFiles.GetValueOrDefault(tree.Path)?.InputsKey;
            inputsKey = cached is not null && previousForms is not null && _inputs.SameFileInputs(navigation, page, bodyKey, work.FormsKey!, previousForms, cached.BodyKey)
                ? cached.InputsKey
                : _inputs.PageFile(navigation, page, bodyKey);
            if (cached is not null && cached.InputsKey == inputsKey)
            {
                output.Add(cached.File);
                _next!.Pages[(tree.Path, page.Key)] = cached;
                _next.CountReused();
                return new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), _urls.Page(tree, page), cached.Summary, isNew);
            }
        }

        var rendered = new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), _urls.Page(tree, page), _bodies.Render(page, tree), isNew);
        var file = SiteUrls.PageFile(tree, page);
        var summary = rendered.WithoutHtml();
        if (RenderTemplate(TemplateFor(page.Kind), _views.ForPage(rendered, navigation), $"{file} from {page.DisplayPath}") is not { } html) return summary;
        if (_next is null)
        {
            output.Add(new TextOutputFile(file, html));
            return summary;
        }
        var (handed, kept) = _next.Keep(new TextOutputFile(file, html));
        output.Add(handed);
        // Most pages read the same in many trees: one copy of the text serves them all.
        summary = summary with { Body = summary.Body with { Text = _next.Texts.GetOrAdd(summary.Body.Text, summary.Body.Text) } };
        _next.Pages[(tree.Path, page.Key)] = new CachedPage(inputsKey!, work.BodyKeys[index], summary.Body, kept);
        _next.CountRendered();
        return summary;
    }

    private void WriteTreeFiles(TreeWork work, IOutputSink output, ParallelOptions parallel)
    {
        var navigation = work.Navigation;
        var tree = navigation.Tree;
        if (_inputs is null)
        {
            WriteTreeFiles(navigation, work.Summaries, output, parallel);
            return;
        }

        // Tag pages list the pages' forms only: a text edit leaves them as they were.
        var formsKey = work.FormsKey!;
        if (_previous is not null && _previous.TagFiles.TryGetValue(tree.Path, out var cachedTags) && cachedTags.InputsKey == formsKey)
        {
            foreach (var file in cachedTags.Files) output.Add(file);
            _next!.TagFiles[tree.Path] = cachedTags;
            _next.CountReused(cachedTags.Files.Count);
        }
        else
        {
            var kept = new KeepingOutput(output, _next!);
            WriteTagPages(navigation, work.Summaries, kept, parallel.CancellationToken);
            _next!.TagFiles[tree.Path] = new CachedTreeFiles(formsKey, kept.Files);
            _next.CountRendered(kept.Files.Count);
        }

        // The search index, feed and sitemap read every page's body too; they are made when first asked for.
        var bodiesKey = RenderInputs.TreeBodies(formsKey, work.BodyKeys);
        if (_previous is not null && _previous.TreeFiles.TryGetValue(tree.Path, out var cached) && cached.InputsKey == bodiesKey)
        {
            foreach (var file in cached.Files) output.Add(file);
            _next.TreeFiles[tree.Path] = cached;
            _next.CountReused(cached.Files.Count);
            return;
        }
        // The files capture their writers, not this renderer: the cache keeps them for the next render, and through the
        // renderer they would keep the cache before it, and so on, every render since serve started.
        var (pages, searchIndexes, feeds, sitemaps) = (work.Summaries, _searchIndexes, _feeds, _sitemaps);
        OutputFile[] deferred =
        [
            new DeferredOutputFile(tree.Path + SearchIndexWriter.FileName, () => searchIndexes.Write(tree, pages)),
            new DeferredOutputFile(tree.Path + AtomFeedWriter.FileName, () => feeds.Write(tree, pages)),
            new DeferredOutputFile(tree.Path + SitemapWriter.FileName, () => sitemaps.WriteTree(tree, pages)),
        ];
        var keeping = new KeepingOutput(output, _next);
        foreach (var file in deferred) keeping.Add(file);
        _next.TreeFiles[tree.Path] = new CachedTreeFiles(bodiesKey, keeping.Files);
        _next.CountRendered(deferred.Length);
    }

    private void WriteTagPages(TreeNavigation navigation, TreePage[] pages, IOutputSink output, CancellationToken cancellationToken)
    {
        var tags = new TagIndex(pages);
        var tagsFolder = navigation.Tree.Path + Tree.TagsFolder + "/";
        if (RenderTemplate("section.html", _views.ForTagList(navigation, tags), tagsFolder + "index.html") is { } tagList) output.Add(new TextOutputFile(tagsFolder + "index.html", tagList));
        foreach (var tag in tags.Tags)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (RenderTemplate("section.html", _views.ForTagList(navigation, tags, tag: tag), $"{tagsFolder}{tag.Slug}/index.html") is { } tagPage)
            {
                output.Add(new TextOutputFile($"{tagsFolder}{tag.Slug}/index.html", tagPage));
            }
        }
    }

    private void WriteTreeFiles(TreeNavigation navigation, TreePage[] pages, IOutputSink output, ParallelOptions parallel)
    {
        var tree = navigation.Tree;
        Parallel.Invoke(parallel,
            () => output.Add(_searchIndexes.Write(tree, pages)),
            () =>
            {
                WriteTagPages(navigation, pages, output, parallel.CancellationToken);
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
            ["seasons"] = SeasonGroups.For(_site.Timeline, checkpoints, new CheckpointLabels(_site.Config.Words)),
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
        _templates.Render(name, variables, renderingFor, _cancellation);

    private static string TemplateFor(PageKind kind) => kind switch
    {
        PageKind.Home => "home.html",
        PageKind.Section => "section.html",
        _ => "page.html",
    };

    private string RenderLevels()
    {
        var labels = new CheckpointLabels(_site.Config.Words);
        var levels = _site.Timeline.Checkpoints.Select(checkpoint => new LevelEntry(
            checkpoint.Index, checkpoint.EpisodeId, _site.TreeFor(checkpoint.Index).Path, labels.SpoilerFree(checkpoint)));
        return JsonSerializer.Serialize(levels, LevelsJsonContext.Default.IEnumerableLevelEntry);
    }
}
