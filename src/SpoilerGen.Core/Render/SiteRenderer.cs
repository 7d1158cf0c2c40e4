using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Model;
using SpoilerGen.Render.Feeds;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.Search;
using SpoilerGen.Render.SearchEngines;
using SpoilerGen.Render.Templates;
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

    private readonly IReadOnlyList<LanguageRendering> _languages;
    private readonly ThemeTemplates _theme;

    // The render's own Ctrl+C and SIGTERM, looked at by the templates' loops too: one loop can run for seconds within the limits.
    private CancellationToken _cancellation;
    private readonly DiagnosticBag _diagnostics;
    private readonly RenderCache? _previous;
    private readonly RenderCache? _next;
    private readonly BuildClock _clock;

    /// <param name="inputs">The keys of each file's inputs; null for a render that keeps no cache.</param>
    /// <param name="previous">The cache of the render before, used only where its site key is the same.</param>
    /// <param name="keepsFiles">Whether the cache holds the files themselves (<c>serve</c>) or only their paths in the output (<c>build</c>).</param>
    public SiteRenderer(SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics,
        RenderInputs? inputs = null, RenderCache? previous = null, bool keepsFiles = true)
        : this([site], theme, pipeline, generatorVersion, diagnostics, inputs is null ? null : [inputs], previous, keepsFiles)
    {
    }

    /// <param name="languages">Each language's model, the default first.</param>
    /// <param name="inputs">The keys of each language's files, in the same order; null for a render that keeps no cache.</param>
    public SiteRenderer(IReadOnlyList<SiteModel> languages, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics,
        IReadOnlyList<RenderInputs>? inputs, RenderCache? previous = null, bool keepsFiles = true)
    {
        var siteKey = inputs?[0].SiteKey;
        _next = siteKey is null ? null : new RenderCache(siteKey, keepsFiles);
        _previous = siteKey is not null && previous?.SiteKey == siteKey ? previous : null;
        _theme = theme;
        _diagnostics = diagnostics;
        _clock = BuildClock.FromEnvironment(diagnostics);
        _languages = [.. languages.Select((site, index) => new LanguageRendering(site, theme, pipeline, generatorVersion, diagnostics, inputs?[index],
            _clock, _previous?.SearchTerms.GetValueOrDefault(site.Config.Language)))];
    }

    /// <summary>
    /// What this render made, for the next render of the same site; null when it keeps no cache, when it
    /// reported anything (a file taken from a cache would not report it again), or when a template read the machine's clock
    /// (see <see cref="BuildClock"/>).
    /// </summary>
    public RenderCache? Cache { get; private set; }

    /// <summary>Whether a template read the machine's clock (no SOURCE_DATE_EPOCH): no file of this render may be reused.</summary>
    public bool ReadTheMachineClock => _clock.WasReadFromMachineClock;

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
        // Known before its pages: a page whose body and tree forms are unchanged keeps its file without a key worked out.
        // Worked out for every tree at once, on every core: inside the stream below they were made under its lock, one
        // tree at a time, with the other core waiting (a third of an edit's render on 1,000 pages × 12 trees).
        var trees = _languages.SelectMany(language => language.Site.Trees.Select(tree => (Language: language, Tree: tree))).ToArray();
        var changedBodies = _languages.ToDictionary(language => language, ChangedBodies);
        var changedForms = _languages.ToDictionary(language => language, AffectedByForms);
        var touchesTags = _languages.ToDictionary(language => language, TouchesTags);
        var formsAsBefore = _languages.ToDictionary(language => language, FormsAsBefore);
        var works = new TreeWork[trees.Length];
        Parallel.For(0, trees.Length, parallel, index =>
        {
            var language = trees[index].Language;
            works[index] = Work(language, trees[index].Tree, changedBodies[language], changedForms[language], touchesTags[language], formsAsBefore[language]);
        });
        var pages = Enumerable.Range(0, trees.Length).SelectMany(treeIndex =>
        {
            // Each tree's work is let go once its pages are under way: a finished tree's summaries are not held to the end.
            var (language, work) = (trees[treeIndex].Language, works[treeIndex]);
            works[treeIndex] = null!;
            if (work.Worked.Length == 0) WriteTreeFiles(language, work, output, parallel);
            return work.Worked.Select(index => (language, work, index));
        });
        Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), parallel, (item, loop, order) =>
        {
            var (language, work, index) = item;
            work.Summaries[index] = RenderPage(language, work, index, output, order);
            // A template that failed (a mistake or a limit) fails the build: no later page is started (each would fail
            // again, or wait out its own limit, a second or more), and every earlier one still renders, so that the
            // error names the same page each run.
            if (EarliestFailureOrder() <= order)
            {
                loop.Break();
                return;
            }
            if (work.PageDone()) WriteTreeFiles(language, work, output, parallel);
        });
        if (EarliestFailureOrder() is null)
        {
            foreach (var file in _languages.SelectMany(RootFiles))
            {
                cancellationToken.ThrowIfCancellationRequested();
                output.Add(file);
            }
        }
        if (EarliestFailureOrder() is { } earliestFailure)
        {
            foreach (var language in _languages) language.Templates.ReportFailures(earliestFailure);
        }

        // Static files last, once every generated path is known: one that would collide is reported, never written.
        var staticFiles = new SiteFolder(siteRoot).Files(StaticFolderName, _diagnostics);
        if (new OutputPathChecker([.. _languages.Select(language => language.Site)], _theme, _diagnostics).Check(output.Paths, staticFiles))
        {
            foreach (var file in staticFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                output.Add(new CopiedOutputFile(file.RelativePath, file));
            }
        }
        foreach (var language in _languages)
        {
            // build keeps them in the cache beside its output; serve makes an index it is asked for later from its texts.
            if (_next is { KeepsFiles: false } && language.SearchIndexes.Terms is { } terms) _next.SearchTerms[terms.Language] = terms;
            language.SearchIndexes.ForgetTexts();
        }
        Cache = _diagnostics.Count == reportedBefore && !_clock.WasReadFromMachineClock ? _next : null;
    }

    /// <summary>
    /// Renders only what one file needs, as <see cref="Render"/> makes it: a page of a tree alone; a tree's own files
    /// (tag pages, feed, sitemap, search index) from its pages' bodies; or the files at the root. For <c>serve</c>, to
    /// answer a request while the whole render runs. Static files are not among them: only the whole render checks them.
    /// </summary>
    /// <returns>The files made, the one asked for among them; null when the path is none of these, or when the render reported anything (the whole render will say what).</returns>
    public IReadOnlyList<OutputFile>? RenderFor(string relativePath, CancellationToken cancellationToken = default)
    {
        var reportedBefore = _diagnostics.Count;
        var output = new InMemoryOutput(_diagnostics);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var (language, tree) = _languages.SelectMany(language => language.Site.Trees.Select(tree => (language, tree)))
            .FirstOrDefault(pair => relativePath.StartsWith(pair.tree.Path, StringComparison.Ordinal));
        if (language is null)
        {
            foreach (var file in _languages.SelectMany(RootFiles)) output.Add(file);
        }
        else
        {
            var navigation = new TreeNavigation(language.Site, tree);
            var inTree = relativePath[tree.Path.Length..];
            var page = inTree.EndsWith("index.html", StringComparison.Ordinal)
                ? language.Site.Pages.FirstOrDefault(page => page.Key == inTree[..^"index.html".Length] && page.ExistsAt(tree.Index))
                : null;
            if (page is not null)
            {
                RenderPage(language, new TreeWork(navigation, [page]), 0, output, order: 0);
            }
            else
            {
                var shown = Shown(language.Site, tree);
                var summaries = new TreePage[shown.Length];
                Parallel.For(0, shown.Length, parallel, index => summaries[index] = PageOf(language, navigation, shown[index], parallel.CancellationToken).WithoutHtml());
                WriteTreeFiles(language, navigation, summaries, output, parallel);
            }
        }
        var files = output.Files;
        return _diagnostics.Count == reportedBefore && files.Any(file => file.RelativePath == relativePath) ? files : null;
    }

    /// <summary>
    /// The pages of a language whose body may have changed since the previous render (their body digest differs, or they
    /// are new); null where there is no previous render to compare with, so that every page of every tree is worked on.
    /// </summary>
    private HashSet<string>? ChangedBodies(LanguageRendering language)
    {
        if (language.Inputs is not { } inputs || _next is null) return null;
        var code = language.Site.Config.Language;
        var digests = _next.Digests[code] = inputs.Digests();
        Func<string, string?>? previousBody = _previous?.Digests.GetValueOrDefault(code) is { } objects ? key => objects.GetValueOrDefault(key)?.Body
            : _previous?.BodyDigests.GetValueOrDefault(code) is { } kept ? kept.GetValueOrDefault : null;
        if (previousBody is null) return null;
        return [.. digests.Where(pair => previousBody(pair.Key) != pair.Value.Body).Select(pair => pair.Key)];
    }

    /// <summary>
    /// The pages of a language whose files may read a page whose form changed since the previous render
    /// (<see cref="FormChanges"/>); null where that is not known (no previous render in memory: build's cache) or is every page.
    /// </summary>
    private IReadOnlySet<string>? AffectedByForms(LanguageRendering language)
    {
        var code = language.Site.Config.Language;
        return _next?.Digests.GetValueOrDefault(code) is { } now && _previous?.Digests.GetValueOrDefault(code) is { } before
            ? FormChanges.Affected(language.Site, now, before)
            : null;
    }

    /// <summary>
    /// Whether every page of a language has the form it had in the previous render in memory (serve's), in the same order
    /// (<see cref="RenderInputs.LanguageForms"/>): then every tree shows the pages it showed, and its forms key is its previous one.
    /// </summary>
    private bool FormsAsBefore(LanguageRendering language)
    {
        if (language.Inputs is not { } inputs || _next is not { KeepsFiles: true }) return false;
        var code = language.Site.Config.Language;
        var key = _next.FormsKeys[code] = inputs.LanguageForms();
        return _previous is { KeepsFiles: true } && _previous.FormsKeys.GetValueOrDefault(code) == key;
    }

    /// <summary>Whether a page whose form changed since the previous render in memory has tags; true where that is not known.</summary>
    private bool TouchesTags(LanguageRendering language)
    {
        var code = language.Site.Config.Language;
        return _next?.Digests.GetValueOrDefault(code) is not { } now || _previous?.Digests.GetValueOrDefault(code) is not { } before || FormChanges.TouchesTags(now, before);
    }

    /// <summary>
    /// What the render does for one tree: every page, or, when its pages' forms are as the previous render left them (so the
    /// same pages, in the same places, with the same titles, summaries, tags and levels), only the pages whose body changed,
    /// every other file being taken from the previous render with the tree's set of files. serve, which knows which pages
    /// changed form, works on those pages and the pages that read them (<paramref name="affectedByForms"/>) where the forms changed.
    /// </summary>
    /// <param name="formsAsBefore">
    /// Whether every page has the form it had in the previous render in memory, in the same order (<see cref="FormsAsBefore"/>):
    /// then the tree shows the pages its previous render showed, and that render's forms key is this one's, without a digest read.
    /// </param>
    private TreeWork Work(LanguageRendering language, Tree tree, HashSet<string>? changedBodies, IReadOnlySet<string>? affectedByForms, bool touchesTags,
        bool formsAsBefore)
    {
        var (site, navigation) = (language.Site, new TreeNavigation(language.Site, tree));
        var shown = Shown(site, tree);
        if (language.Inputs is not { } inputs) return new TreeWork(navigation, shown);
        var previous = _previous?.Trees.GetValueOrDefault(tree.Path);
        // serve's cache holds exactly the pages its tree showed (a render that reported anything keeps no cache).
        var sameForms = formsAsBefore && previous?.FormsKey is not null;
        var formsKey = sameForms ? previous!.FormsKey! : inputs.TreeForms(navigation, shown);
        // build's cache keeps a body's excerpts and search terms, not its text: a tree with a body whose terms this language's
        // table does not hold (a cache that kept none for it) could not be indexed from it, and is worked on whole. serve's
        // cache keeps every text (no page of it has kept terms alone).
        if (previous is not null && _previous is { KeepsFiles: false } && !Indexable(previous, language.SearchIndexes.Terms)) previous = null;
        // A page whose section the tree does not show reads the section's title, which the tree's forms key does not hold.
        // A cache read from beside an output may lack a page (one whose text was too long to keep): then every page is worked on.
        var takesUnchanged = changedBodies is not null && previous?.Own is not null
            && shown.All(page => page.ParentKey is null || site.Page(page.ParentKey).ExistsAt(tree.Index));
        if (takesUnchanged && previous!.FormsKey == formsKey && (sameForms || shown.All(page => previous.Pages.ContainsKey(page.Key))))
        {
            int[] worked = changedBodies!.Count == 0 ? [] : [.. Enumerable.Range(0, shown.Length).Where(index => changedBodies.Contains(shown[index].Key))];
            return new TreeWork(navigation, shown, worked) { FormsKey = formsKey, Previous = previous, TakesUnchanged = true };
        }
        if (takesUnchanged && affectedByForms is not null && previous!.Tags?.FileKeys is not null)
        {
            int[] worked = [.. Enumerable.Range(0, shown.Length).Where(index =>
                changedBodies!.Contains(shown[index].Key) || affectedByForms.Contains(shown[index].Key) || !previous.Pages.ContainsKey(shown[index].Key))];
            var shownKeys = shown.Select(page => page.Key).ToHashSet(StringComparer.Ordinal);
            return new TreeWork(navigation, shown, worked)
            {
                FormsKey = formsKey, Previous = previous, TakesUnchanged = true, FormsChanged = true, TagsMayChange = touchesTags,
                Removed = [.. previous.Pages.Keys.Where(key => !shownKeys.Contains(key))],
            };
        }
        return new TreeWork(navigation, shown) { FormsKey = formsKey, Previous = previous };
    }

    private static bool Indexable(CachedTree tree, SearchTerms? table) =>
        tree.Pages.Values.All(page => page.Summary.Kept is not { } kept || kept.NumbersIn(table) is not null);

    /// <summary>
    /// A tree's search index, feed and (for <c>serve</c>) sitemap, each made when first asked for. Made here, from its
    /// parameters alone: a lambda of the method that renders the tree would share that method's closure, which holds the
    /// tree as the previous render cached it; an unmade file kept in the cache would then keep the render before it, whose
    /// unmade files keep the one before that, and so on: every model and changed page since serve started (0.4 MB a save
    /// at 1,000 × 12, where no browser asks for the search index).
    /// </summary>
    private static OutputFile[] DeferredOwnFiles(Tree tree, Lazy<TreePage[]> summaries, SearchIndexWriter searchIndexes, AtomFeedWriter feeds,
        SitemapWriter? sitemaps, CancellationToken cancellation) =>
    [
        new DeferredOutputFile(tree.Path + SearchIndexWriter.FileName, () => searchIndexes.Write(tree, summaries.Value, cancellation)),
        new DeferredOutputFile(tree.Path + AtomFeedWriter.FileName, () => feeds.Write(tree, summaries.Value)),
        .. sitemaps is null ? Array.Empty<OutputFile>() : [new DeferredOutputFile(tree.Path + SitemapWriter.FileName, () => sitemaps.WriteTree(tree, summaries.Value))],
    ];

    /// <summary>The summaries of a tree's pages from the cache, made when first read; from its parameters alone (see <see cref="DeferredOwnFiles"/>).</summary>
    private static Lazy<TreePage[]> SummariesWhenAsked(TreeNavigation navigation, SitePage[] shown, ImmutableDictionary<string, CachedPage> pages, SiteUrls urls) =>
        new(() => SummariesOf(navigation, shown, pages, urls));

    private static IEnumerable<string> RelativePaths(ImmutableDictionary<string, CachedPage> pages, IEnumerable<string> keys) =>
        keys.Select(key => pages[key].File.RelativePath);

    /// <summary>The summaries of a tree's pages taken from the cache (what its search index, feed and sitemap read), made when one of those is first asked for.</summary>
    private static TreePage[] SummariesOf(TreeNavigation navigation, SitePage[] shown, ImmutableDictionary<string, CachedPage> pages, SiteUrls urls)
    {
        var tree = navigation.Tree;
        return [.. shown.Select(page => new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), urls.Page(tree, page), pages[page.Key].Summary,
            navigation.Previous is not null && !page.ExistsAt(navigation.Previous.Index)))];
    }

    /// <summary>A page as a tree shows it, its body rendered.</summary>
    private static TreePage PageOf(LanguageRendering language, TreeNavigation navigation, SitePage page, CancellationToken cancellation)
    {
        var tree = navigation.Tree;
        var isNew = navigation.Previous is not null && !page.ExistsAt(navigation.Previous.Index);
        return new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), language.Urls.Page(tree, page), language.Bodies.Render(page, tree, cancellation), isNew);
    }

    private static SitePage[] Shown(SiteModel site, Tree tree) => [.. site.Pages.Where(page => page.ExistsAt(tree.Index))];

    /// <summary>Renders one page of one tree and hands it over, or hands over its cached file; returns its summary, without the HTML.</summary>
    private TreePage RenderPage(LanguageRendering language, TreeWork work, int index, IOutputSink output, long order)
    {
        var (urls, inputs) = (language.Urls, language.Inputs);
        var (navigation, page) = (work.Navigation, work.Pages[index]);
        var tree = navigation.Tree;
        var isNew = navigation.Previous is not null && !page.ExistsAt(navigation.Previous.Index);
        string? inputsKey = null;
        if (inputs is not null)
        {
            var bodyKey = work.BodyKeys[index] = inputs.Body(page, tree);
            var cached = work.Previous?.Pages.GetValueOrDefault(page.Key);
            var previousForms = work.Previous?.FormsKey;
            inputsKey = cached is not null && previousForms is not null && inputs.SameFileInputs(navigation, page, bodyKey, work.FormsKey!, previousForms, cached.BodyKey)
                ? cached.InputsKey
                : inputs.PageFile(navigation, page, bodyKey);
            if (cached is not null && cached.InputsKey == inputsKey)
            {
                // serve's cache hands the tree's files over as one set once they are all made (WriteTreeFiles).
                if (!_next!.KeepsFiles) output.Add(cached.File);
                work.Made[page.Key] = cached;
                _next.CountReused();
                return new TreePage(tree, page, page.TitleAt(tree.Index), page.SummaryAt(tree.Index), urls.Page(tree, page), cached.Summary, isNew);
            }
        }

        var rendered = PageOf(language, navigation, page, _cancellation);
        var file = SiteUrls.PageFile(tree, page);
        var summary = rendered.WithoutHtml();
        if (RenderTemplate(language, TemplateFor(page.Kind), language.Views.ForPage(rendered, navigation), $"{file} from {page.DisplayPath}", order) is not { } html) return summary;
        if (_next is null)
        {
            output.Add(new TextOutputFile(file, html));
            return summary;
        }
        var (handed, kept) = _next.Keep(new TextOutputFile(file, html));
        if (!_next.KeepsFiles) output.Add(handed);
        // Most pages read the same in many trees: one copy of the text serves them all.
        summary = summary with { Body = summary.Body with { Text = _next.Texts.GetOrAdd(summary.Body.Text, summary.Body.Text) } };
        work.Made[page.Key] = new CachedPage(inputsKey!, work.BodyKeys[index], summary.Body, kept);
        _next.CountRendered();
        return summary;
    }

    private void WriteTreeFiles(LanguageRendering language, TreeWork work, IOutputSink output, ParallelOptions parallel)
    {
        var navigation = work.Navigation;
        var tree = navigation.Tree;
        if (language.Inputs is null)
        {
            WriteTreeFiles(language, navigation, work.Summaries, output, parallel);
            return;
        }

        // A tree taken whole but for the pages whose body changed keeps every other page as the previous render left it.
        var (formsKey, previous, keepsFiles) = (work.FormsKey!, work.Previous, _next!.KeepsFiles);
        var pages = work.TakesUnchanged ? previous!.Pages.RemoveRange(work.Removed).SetItems(work.Made) : work.Made.ToImmutableDictionary(StringComparer.Ordinal);
        var (shown, urls) = (work.Pages, language.Urls);
        var summaries = work.TakesUnchanged ? SummariesWhenAsked(navigation, shown, pages, urls) : new Lazy<TreePage[]>(work.Summaries);

        // Tag pages list the pages' forms only: a text edit leaves them as they were. In build, whose tag pages have one key
        // for all, the sitemap goes with them: it reads only the pages' addresses and dates, which their forms hold.
        var tags = previous?.Tags;
        if (tags?.InputsKey == formsKey)
        {
            if (!keepsFiles) foreach (var file in tags!.Files) output.Add(file);
            _next.CountReused(tags!.Files.Count);
        }
        else if (keepsFiles)
        {
            // serve keeps a key for each tag page: a new page without tags, or a title edit, makes again only the tag pages
            // whose lists changed, not every tag page of every tree.
            tags = KeptTagPages(language, work, summaries, tags, formsKey, parallel.CancellationToken);
        }
        else
        {
            var kept = new KeepingOutput(output, _next);
            WriteTagPages(language, navigation, new TagIndex(work.Summaries), kept, parallel.CancellationToken);
            kept.Add(language.Sitemaps.WriteTree(tree, work.Summaries));
            tags = new CachedTreeFiles(formsKey, kept.Files);
            _next.CountRendered(kept.Files.Count);
        }

        _next.CountReused(work.Pages.Length - work.Worked.Length);
        if (work.TakesUnchanged && !keepsFiles)
        {
            // build's output takes each of them from the previous output as it is, without a key worked out for it.
            foreach (var page in work.Pages)
            {
                if (!work.Made.ContainsKey(page.Key)) output.Add(previous!.Pages[page.Key].File);
            }
        }

        // The search index and feed read every page's body too (and serve's sitemap is made with them); they are made when first asked for.
        var bodiesKey = work.TakesUnchanged
            ? RenderInputs.TreeBodiesAfter(previous!.Own!.InputsKey, work.Made.Select(page => (page.Key, page.Value.BodyKey)), work.FormsChanged ? formsKey : null)
            : RenderInputs.TreeBodies(formsKey, work.BodyKeys);
        var own = previous?.Own;
        if (own?.InputsKey == bodiesKey)
        {
            if (!keepsFiles) foreach (var file in own!.Files) output.Add(file);
            _next.CountReused(own!.Files.Count);
        }
        else
        {
            var deferred = DeferredOwnFiles(tree, summaries, language.SearchIndexes, language.Feeds, keepsFiles ? language.Sitemaps : null, _cancellation);
            if (keepsFiles)
            {
                var keeping = new KeepingOutput(null, _next);
                foreach (var file in deferred) keeping.Add(file);
                own = new CachedTreeFiles(bodiesKey, keeping.Files);
                _next.CountRendered(deferred.Length);
            }
            else own = BuildsOwnFiles(language, tree, summaries, deferred, own, bodiesKey, output);
        }

        var files = ImmutableDictionary<string, OutputFile>.Empty.WithComparers(StringComparer.Ordinal);
        if (keepsFiles)
        {
            // serve's files of the tree as one set: the previous set with only what changed replaced, or a new one.
            var changed = work.Made.Values.Select(page => page.File);
            if (!ReferenceEquals(own, previous?.Own)) changed = changed.Concat(own.Files);
            if (work.TakesUnchanged)
            {
                // Pages the tree no longer shows, and tag pages made again (a tag may be gone), leave the set first.
                var gone = RelativePaths(previous!.Pages, work.Removed);
                if (!ReferenceEquals(tags.Files, previous!.Tags!.Files))
                {
                    gone = gone.Concat(previous.Tags!.Files.Select(file => file.RelativePath));
                    changed = changed.Concat(tags.Files);
                }
                files = previous.Files.RemoveRange(gone).SetItems(changed.Select(file => KeyValuePair.Create(file.RelativePath, file)));
            }
            else files = files.AddRange(pages.Values.Select(page => page.File).Concat(tags.Files).Concat(own.Files).Select(file => KeyValuePair.Create(file.RelativePath, file)));
            output.AddTree(tree.Path, files);
        }
        _next.Trees[tree.Path] = work.TakesUnchanged && work.Made.IsEmpty && ReferenceEquals(own, previous!.Own) ? previous : new CachedTree(pages, tags, own, files);
    }

    /// <summary>
    /// build's search index and feed of a tree whose pages' bodies changed: each made again only where the key of the entries
    /// it is made from (<see cref="SearchIndexWriter.EntriesKey"/>, <see cref="AtomFeedWriter.EntriesKey"/>) is not the one
    /// the previous build kept for it; a text edit past a page's excerpt leaves its tree's feed as it was, and one that
    /// changes no term its index.
    /// </summary>
    private CachedTreeFiles BuildsOwnFiles(LanguageRendering language, Tree tree, Lazy<TreePage[]> summaries, OutputFile[] deferred, CachedTreeFiles? previous,
        string bodiesKey, IOutputSink output)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [tree.Path + SearchIndexWriter.FileName] = language.SearchIndexes.EntriesKey(tree, summaries.Value, _cancellation),
            [tree.Path + AtomFeedWriter.FileName] = AtomFeedWriter.EntriesKey(tree, summaries.Value),
        };
        var previousFiles = previous?.FileKeys is null ? null : previous.Files.ToDictionary(file => file.RelativePath, StringComparer.Ordinal);
        var files = new List<OutputFile>(deferred.Length);
        foreach (var file in deferred)
        {
            if (previous?.FileKeys?.GetValueOrDefault(file.RelativePath) is { } key && key == keys[file.RelativePath]
                && previousFiles?.GetValueOrDefault(file.RelativePath) is { } kept)
            {
                output.Add(kept);
                files.Add(kept);
                _next!.CountReused();
                continue;
            }
            var (handed, keptFile) = _next!.Keep(file);
            output.Add(handed);
            files.Add(keptFile);
            _next.CountRendered();
        }
        return new CachedTreeFiles(bodiesKey, files) { FileKeys = keys };
    }

    /// <param name="unchanged">Whether a tag page (null for the list of tags) is the one the previous render made, which is then not made again.</param>
    private void WriteTagPages(LanguageRendering language, TreeNavigation navigation, TagIndex tags, IOutputSink output, CancellationToken cancellationToken,
        Func<TagIndex.Tag?, string, bool>? unchanged = null)
    {
        var tagsFolder = navigation.Tree.Path + Tree.TagsFolder + "/";
        if (unchanged?.Invoke(null, tagsFolder + "index.html") != true
            && RenderTemplate(language, "section.html", language.Views.ForTagList(navigation, tags), tagsFolder + "index.html") is { } tagList)
        {
            output.Add(new TextOutputFile(tagsFolder + "index.html", tagList));
        }
        foreach (var tag in tags.Tags)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = $"{tagsFolder}{tag.Slug}/index.html";
            if (unchanged?.Invoke(tag, path) != true && RenderTemplate(language, "section.html", language.Views.ForTagList(navigation, tags, tag: tag), path) is { } tagPage)
            {
                output.Add(new TextOutputFile(path, tagPage));
            }
        }
    }

    /// <summary>
    /// serve's tag pages of a tree whose pages' forms changed: each made again only where the key of its own inputs
    /// (<see cref="RenderInputs.TagPage"/>) is not the previous render's, every other taken as the previous render kept it.
    /// </summary>
    private CachedTreeFiles KeptTagPages(LanguageRendering language, TreeWork work, Lazy<TreePage[]> summaries, CachedTreeFiles? previous, string formsKey,
        CancellationToken cancellationToken)
    {
        var (inputs, navigation) = (language.Inputs!, work.Navigation);
        var context = inputs.TagPagesContext(navigation);
        // No page whose form changed has tags, and what every tag page reads besides is the same: every list is as it was.
        if (work.FormsChanged && !work.TagsMayChange && previous?.FileKeys is not null && previous.ContextKey == context)
        {
            _next!.CountReused(previous.Files.Count);
            return previous with { InputsKey = formsKey };
        }
        var tags = new TagIndex(summaries.Value);
        var previousFiles = previous?.FileKeys is null ? null : previous.Files.ToDictionary(file => file.RelativePath, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new KeepingOutput(null, _next!);
        var reused = 0;
        WriteTagPages(language, navigation, tags, kept, cancellationToken, (tag, path) =>
        {
            var key = keys[path] = tag is null ? RenderInputs.TagList(context, tags) : RenderInputs.TagPage(context, tag, navigation.Tree);
            if (previous?.FileKeys?.GetValueOrDefault(path) != key || previousFiles?.GetValueOrDefault(path) is not { } file) return false;
            kept.AddKept(file);
            reused++;
            return true;
        });
        _next!.CountReused(reused);
        _next.CountRendered(kept.Files.Count - reused);
        return new CachedTreeFiles(formsKey, kept.Files) { FileKeys = keys, ContextKey = context };
    }

    private void WriteTreeFiles(LanguageRendering language, TreeNavigation navigation, TreePage[] pages, IOutputSink output, ParallelOptions parallel)
    {
        var tree = navigation.Tree;
        Parallel.Invoke(parallel,
            () => output.Add(language.SearchIndexes.Write(tree, pages)),
            () =>
            {
                WriteTagPages(language, navigation, new TagIndex(pages), output, parallel.CancellationToken);
                output.Add(language.Feeds.Write(tree, pages));
                output.Add(language.Sitemaps.WriteTree(tree, pages));
            });
    }

    /// <summary>
    /// A language's files outside its trees: its chooser and levels.json, in its folder; the default language adds
    /// what the languages share at the root (the 404 page, the sitemap index, robots.txt, the theme's assets).
    /// </summary>
    private IEnumerable<OutputFile> RootFiles(LanguageRendering language)
    {
        // The root is read before any episode: the chooser and the 404 page name no episode title.
        var site = language.Site;
        var folder = site.Config.LanguageFolder;
        var checkpoints = language.Views.SpoilerFreeCheckpoints();
        var rootVariables = new Dictionary<string, object?>
        {
            ["checkpoints"] = checkpoints,
            ["seasons"] = SeasonGroups.For(site.Timeline, checkpoints, new CheckpointLabels(site.Config.Words)),
            ["page"] = null,
            ["tree"] = null,
        };
        if (RenderTemplate(language, "chooser.html", rootVariables, folder + "index.html") is { } chooser) yield return new TextOutputFile(folder + "index.html", chooser);
        yield return new TextOutputFile(folder + LevelsFileName, RenderLevels(site));
        if (!language.IsDefault) yield break;
        if (RenderTemplate(language, NotFoundFileName, rootVariables, NotFoundFileName) is { } notFound) yield return new TextOutputFile(NotFoundFileName, notFound);
        var sitemaps = new SitemapWriter(site, language.Urls);
        yield return sitemaps.WriteIndex([.. _languages.Select(other => (other.Site, other.Urls))]);
        yield return sitemaps.WriteRootPages([.. _languages.Select(other => other.Urls.Root)]);
        yield return RobotsTxtWriter.Write(language.Urls);
        foreach (var (name, asset) in _theme.Assets) yield return new BinaryOutputFile("assets/" + name, asset.Read());
    }

    private string? RenderTemplate(LanguageRendering language, string name, IReadOnlyDictionary<string, object?> variables, string renderingFor, long order = long.MaxValue) =>
        language.Templates.Render(name, variables, renderingFor, _cancellation, order);

    /// <summary>The render order of the earliest file, in any language, that failed a template; null while none has.</summary>
    private long? EarliestFailureOrder() => _languages.Select(language => language.Templates.EarliestFailureOrder).Min();

    private static string TemplateFor(PageKind kind) => kind switch
    {
        PageKind.Home => "home.html",
        PageKind.Section => "section.html",
        _ => "page.html",
    };

    /// <summary>Each checkpoint's tree, by its path inside the language's folder: chooser.js reads it relative to this file.</summary>
    private static string RenderLevels(SiteModel site)
    {
        var labels = new CheckpointLabels(site.Config.Words);
        var levels = site.Timeline.Checkpoints.Select(checkpoint => new LevelEntry(
            checkpoint.Index, checkpoint.EpisodeId, site.TreeFor(checkpoint.Index).LocalPath, labels.SpoilerFree(checkpoint)));
        return JsonSerializer.Serialize(levels, LevelsJsonContext.Default.IEnumerableLevelEntry);
    }
}
