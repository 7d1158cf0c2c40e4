using System.Diagnostics;
using System.Reflection;
using SpoilerGen.Check;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.Templates;
using SpoilerGen.Text;
using SpoilerGen.Write;

namespace SpoilerGen.Build;

/// <summary>
/// Runs the pipeline: load (config, templates, content) → model → render → write. Each stage reports
/// into one diagnostic bag; the new output is swapped in only if every stage succeeded. <c>serve</c> and
/// <c>check</c> run the same stages through <see cref="Render"/>, which keeps the files in memory; all three report
/// the author's lints (<see cref="AuthorLints"/>) as warnings. Both are incremental through the same stages: given the
/// previous render's cache (in memory for <c>serve</c>, beside the output for <c>build</c>), the render takes every
/// file whose inputs are unchanged from it and renders only the others.
/// </summary>
/// <remarks>
/// Cancelling (Ctrl+C) throws <see cref="OperationCanceledException"/> after the staging folder is removed
/// and the lock released: an interrupted build is a failed one, and leaves the previous output as it was.
/// </remarks>
public static class SiteBuilder
{
    public static string Version { get; } =
        typeof(SiteBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SiteBuilder).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag { WarningsAsErrors = options.WarningsAsErrors };
        // --verbose says what each stage cost, in wall and CPU time: where a build after an edit spends its time.
        var clock = new StageClock(options.Progress);
        using var target = OutputTarget.Open(options.SiteFolder, options.ResolvedOutputFolder, options.Force, diagnostics, options.Progress);
        clock.Lap("start and the output folder's checks and lock");
        var hadPreviousOutput = target?.HasPreviousOutput ?? Directory.Exists(options.ResolvedOutputFolder);
        BuildResult Result(int pages = 0, int trees = 0, int files = 0) =>
            new(diagnostics.ToSortedList(), pages, trees, files, stopwatch.Elapsed, target?.Folder ?? options.ResolvedOutputFolder, hadPreviousOutput);
        if (target is null) return Result();

        // The record's check walks the output's files and the fingerprint reads the sources: one on each core.
        var recordCheck = Task.Run(target.PreviousRecord, cancellationToken);
        var sourceFingerprint = SourceFingerprint.Of(options.SiteFolder, options.BaseUrl, options.IncludeDrafts);
        var record = recordCheck.GetAwaiter().GetResult();
        clock.Lap("the sources' fingerprint and, beside it, the previous build's record checked against its output");
        // Nothing read has changed and the output is as that build left it: there is nothing to do but warn again (the cache unread).
        if (sourceFingerprint is not null && record is not null && record.Sources == sourceFingerprint)
        {
            foreach (var warning in record.Warnings) diagnostics.Warning(warning.Position, warning.Code, warning.Message);
            options.Progress?.Invoke($"nothing changed since the last build: the output at {target.Folder} is kept as it was");
            return Result(record.PageCount, record.TreeCount, record.FileCount);
        }

        // Read beside the config and theme; the sources' load waits for it.
        var cacheRead = record is null ? Task.FromResult<RenderCache?>(null) : Task.Run(() => target.PreviousCache(record), cancellationToken);
        RenderCache? PreviousCache()
        {
            var cache = cacheRead.GetAwaiter().GetResult();
            options.Progress?.Invoke(cache is null ? "no previous build to reuse" : $"the previous build's cache holds {cache.Trees.Values.Sum(tree => tree.Pages.Count)} pages");
            return cache;
        }
        options.Progress?.Invoke($"loading the site from {DisplayPath.For(options.SiteFolder)}");
        // A source whose text an earlier build checked under the same config is parsed without its checks (see CheckedSources).
        LoadedSite loaded;
        try
        {
            loaded = Load(options, diagnostics, cancellationToken, clock: clock, checkedBefore: () => PreviousCache()?.Sources);
        }
        finally
        {
            // Whatever ended the load, nothing of this build runs on once it returns.
            ((IAsyncResult)cacheRead).AsyncWaitHandle.WaitOne();
        }
        if (loaded.Site is null || diagnostics.HasErrors) return Result();
        var previous = cacheRead.GetAwaiter().GetResult();
        options.Progress?.Invoke($"loaded {loaded.Sources.Count} sources: {loaded.PageCount} pages in {loaded.TreeCount} trees");
        // A page whose source and parse key are those of a text the previous build's lints read is not read again.
        var sourceKey = SourceKeys(loaded);
        // Only the texts the cache keeps are held through the render, in the cache's form, not the lints' whole state. Not beside the
        // render, as serve's save runs them: measured at 1,000 x 12 on the shared 2-core machine, an edit build took 0.2-0.6 s more
        // CPU with the lints on a thread of their own beside the spare's listing and the render, and no less wall time.
        var lintTexts = RenderCacheFile.KeptLintTexts(loaded.Languages.Select(language => AuthorLints.Run(language.Site, language.Sources, options.SiteFolder,
            diagnostics, cancellationToken, sourceKey: sourceKey, readBefore: previous?.LintTexts?.GetValueOrDefault(language.Site.Config.Language))), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        clock.Lap("the author's lints");

        using var staging = target.BeginStaging(diagnostics);
        if (staging is null) return Result();
        clock.Lap("the staging folder (the spare taken and listed)");
        // Files whose inputs are those the previous build made them from are taken from its output as they are.
        var renderer = Renderer(loaded, diagnostics, Inputs(loaded, previous), previous, keepsFiles: false);
        renderer.Render(options.SiteFolder, staging, cancellationToken);
        if (diagnostics.HasErrors) return Result();
        options.Progress?.Invoke($"rendered {renderer.Cache?.RenderedCount} files, took {renderer.Cache?.ReusedCount} unchanged from the previous output: {staging.FileCount} files");
        options.Progress?.Invoke($"parsed the bodies of {loaded.Sources.Count(source => source.Body.IsParsed)} of {loaded.Sources.Count} sources");
        clock.Lap("render");
        // A build whose templates read the machine's clock is never "nothing changed" for the next: its time has.
        staging.Record(renderer.ReadTheMachineClock ? null : sourceFingerprint, loaded.PageCount, loaded.TreeCount, diagnostics.ToSortedList(), renderer.Cache,
            loaded.SourceFiles is { } sourceFiles ? CheckedSources.Of(sourceFiles) : null, lintTexts);
        if (!staging.Commit()) return Result();
        clock.Lap("the swap, the record and the cache written");
        return Result(loaded.PageCount, loaded.TreeCount, staging.FileCount);
    }

    /// <summary>
    /// Load → model → render, with nothing written: the files stay in memory for the caller. Given the
    /// <paramref name="previous"/> render of the same site, the same stages parse only the sources whose
    /// text changed and render only the files whose inputs changed.
    /// </summary>
    /// <param name="changedPaths">
    /// Paths relative to the site folder that may have changed since <paramref name="previous"/> (serve's watcher saw them);
    /// null when any may have. Only these sources are read again; each is still compared by its content.
    /// </param>
    /// <param name="keepsFiles">
    /// False for <c>check</c>, which needs only what the render reports: each file is dropped once made, no cache is kept,
    /// and <see cref="RenderedSite.Files"/> is empty.
    /// </param>
    public static RenderedSite Render(BuildOptions options, RenderedSite? previous = null, CancellationToken cancellationToken = default,
        IReadOnlySet<string>? changedPaths = null, bool keepsFiles = true) =>
        Render(options, LoadModel(options, previous, cancellationToken, changedPaths), previous, cancellationToken, keepsFiles);

    /// <summary>
    /// The stages up to the model, without the author's lints or the render: enough for <see cref="RenderOnDemand"/>,
    /// which is how <c>serve</c> answers its first pages while the whole site is still being rendered.
    /// </summary>
    public static ModeledSite LoadModel(BuildOptions options, RenderedSite? previous = null, CancellationToken cancellationToken = default,
        IReadOnlySet<string>? changedPaths = null)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(options.Progress);
        return new ModeledSite(Load(options, diagnostics, cancellationToken, previous?.Loaded, changedPaths, clock), diagnostics) { Clock = clock };
    }

    /// <summary>The stages after <see cref="LoadModel"/>: the author's lints and the render, with nothing written.</summary>
    public static RenderedSite Render(BuildOptions options, ModeledSite modeled, RenderedSite? previous = null, CancellationToken cancellationToken = default,
        bool keepsFiles = true)
    {
        var (loaded, diagnostics, clock) = (modeled.Loaded, modeled.Diagnostics, modeled.Clock);
        // The lints run on a model with errors too: check reports both. They only warn, and the render reads neither them nor
        // their warnings, so an incremental render (serve's save) runs beside them, on the other core: the save's page is
        // served once both are done. A whole render does not: its workers take both cores, and the lints' texts of every
        // page would be held beside its files (check and serve's first render of a large guide are measured by their peak).
        var besideRender = keepsFiles && previous?.ReusableCache is not null && loaded.Site is not null && !diagnostics.HasErrors;
        // Into a bag of their own until the render is done: a render that reports anything keeps no cache (SiteRenderer.Cache),
        // and the lints' warnings, coming meanwhile, would make every other save render the whole site again.
        var lintDiagnostics = new DiagnosticBag();
        var lintsBeside = besideRender ? Task.Run(() => Lint(loaded, options.SiteFolder, lintDiagnostics, cancellationToken, previous!.Lints), cancellationToken) : null;
        var lints = loaded.Site is null || besideRender ? null : Lint(loaded, options.SiteFolder, diagnostics, cancellationToken, previous?.Lints);
        if (!besideRender) clock.Lap("lints");
        if (loaded.Site is null || diagnostics.HasErrors)
        {
            // The last good render's cache and lints are kept for the save that fixes this one (see RenderedSite.ReusableCache).
            return new RenderedSite(diagnostics.ToSortedList(), loaded, null)
            {
                Lints = lints ?? previous?.Lints,
                StaticCheck = previous?.StaticCheck,
                ReusableCache = keepsFiles ? previous?.ReusableCache : null,
            };
        }

        if (!keepsFiles)
        {
            Renderer(loaded, diagnostics, inputs: null, previous: null).Render(options.SiteFolder, new DiscardingOutput(diagnostics), cancellationToken);
            return new RenderedSite(diagnostics.ToSortedList(), loaded, diagnostics.HasErrors ? null : []) { Lints = lints };
        }
        var output = new InMemoryOutput(diagnostics, previous?.StaticCheck);
        var renderer = Renderer(loaded, diagnostics, Inputs(loaded, previous?.ReusableCache), previous?.ReusableCache);
        try
        {
            renderer.Render(options.SiteFolder, output, cancellationToken);
        }
        finally
        {
            // Whatever ended the render (a cancellation), nothing of this build runs on once it returns.
            ((IAsyncResult?)lintsBeside)?.AsyncWaitHandle.WaitOne();
        }
        if (lintsBeside is not null)
        {
            lints = lintsBeside.GetAwaiter().GetResult();
            foreach (var diagnostic in lintDiagnostics.ToSortedList()) diagnostics.Add(diagnostic);
        }
        clock.Lap($"{(lintsBeside is null ? "" : "lints and, beside them, ")}render ({renderer.Cache?.RenderedCount} files rendered, {renderer.Cache?.ReusedCount} reused, {output.StaticCheck.ScannedCount} static text files scanned)");
        return new RenderedSite(diagnostics.ToSortedList(), loaded, diagnostics.HasErrors ? null : output.Files, renderer.Cache)
        {
            Lints = lints,
            StaticCheck = output.StaticCheck,
            // A render whose templates read the machine's clock leaves no cache, not even an older one (see BuildClock).
            ReusableCache = renderer.ReadTheMachineClock ? null : renderer.Cache ?? previous?.ReusableCache,
        };
    }

    /// <summary>
    /// A renderer of single files of a loaded site (a page of a tree, a tree's own files, the files at the root), each
    /// as the whole render makes it: for <c>serve</c>, while that render runs. Its files are not checked against the static
    /// files, and it runs no lints: only the whole render says whether the site builds.
    /// </summary>
    /// <remarks>Call <see cref="SiteRenderer.RenderFor"/> on it, from any thread.</remarks>
    public static SiteRenderer RenderOnDemand(LoadedSite loaded) => Renderer(loaded, new DiagnosticBag(), inputs: null, previous: null);

    private static LoadedSite Load(BuildOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken, LoadedSite? previous = null,
        IReadOnlySet<string>? changedPaths = null, StageClock? clock = null, Func<CheckedSources?>? checkedBefore = null)
    {
        // serve keeps them while its watcher names only content files: a page's save reads no config, template or static file.
        var settings = previous?.Settings is { } earlierSettings && LoadedSettings.StillHold(changedPaths) ? earlierSettings : LoadedSettings.Read(options, cancellationToken);
        foreach (var diagnostic in settings.Diagnostics) diagnostics.Add(diagnostic);
        var (config, theme, parseKey, staticFiles) = (settings.Config, settings.Theme, settings.ParseKey, settings.StaticFiles);
        clock?.Lap("config and theme");
        if (config is null) return new LoadedSite(null, theme, null, [], null) { Settings = settings };

        // The config's text decides every parse (its timeline, raw HTML) and, with the theme and options, every file.
        var pipeline = previous?.SourceFiles?.ParseKey == parseKey && previous.Pipeline is { } earlier ? earlier : MarkdownPipelineFactory.Create();
        var sourceFiles = new ContentLoader(config.Timeline, pipeline, diagnostics, config.Authoring.RawHtml).Load(options.SiteFolder, parseKey, previous?.SourceFiles, cancellationToken, changedPaths, checkedBefore?.Invoke());
        var sources = sourceFiles.Pages;
        clock?.Lap("sources");
        cancellationToken.ThrowIfCancellationRequested();
        var sourcesByLanguage = TranslationFiles.Split(sources, config, diagnostics);
        var models = SiteModelBuilder.BuildLanguages(config, sourcesByLanguage, options.IncludeDrafts, diagnostics, previous?.Models);
        var languages = models.Select((model, index) => new LanguageSite(model, sourcesByLanguage[index])).ToList();
        clock?.Lap("model");
        foreach (var language in languages) PageImageCheck.Run(language.Site, language.Sources, staticFiles, diagnostics);
        TranslationLevelCheck.Run(languages, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        // Fragments are checked against the headings each tree shows, which only the whole model knows.
        foreach (var language in languages) LinkFragmentChecker.Check(language.Site, diagnostics);
        clock?.Lap("image and link checks");
        cancellationToken.ThrowIfCancellationRequested();
        using var optionsKey = new ContentKey();
        // SOURCE_DATE_EPOCH too: a template's {{ date.now }} prints it.
        optionsKey.Add(parseKey).Add(options.BaseUrl).Add(options.IncludeDrafts).Add(theme.ContentKey).Add(BuildClock.SourceDateEpoch);
        foreach (var language in config.AllLanguages) optionsKey.Add(language.Words.ContentKey);
        return new LoadedSite(config, theme, pipeline, sources, models[0], sourceFiles, optionsKey.Finish()) { Languages = languages, Settings = settings };
    }

    /// <summary>The author's lints on every language, each on its own pages from its previous state; the states, for the next run.</summary>
    private static List<LintState> Lint(LoadedSite loaded, string siteFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken,
        IReadOnlyList<LintState>? previous) =>
        [.. loaded.Languages.Select(language => AuthorLints.Run(language.Site, language.Sources, siteFolder, diagnostics, cancellationToken,
            previous?.FirstOrDefault(state => state.Language == language.Site.Config.Language)))];

    private static SiteRenderer Renderer(LoadedSite loaded, DiagnosticBag diagnostics, IReadOnlyList<RenderInputs>? inputs, RenderCache? previous, bool keepsFiles = true) =>
        new([.. loaded.Models], loaded.Theme, loaded.Pipeline!, Version, diagnostics, inputs, previous, keepsFiles);

    /// <summary>
    /// The dependency keys of every file of each language of the loaded site: what decides which files a render reuses.
    /// The digests of the pages that are the objects of the previous render's model are taken from its cache.
    /// </summary>
    private static IReadOnlyList<RenderInputs> Inputs(LoadedSite loaded, RenderCache? previous)
    {
        var siteKey = RenderInputs.SiteKeyOf(loaded.OptionsKey, [.. loaded.Models]);
        return [.. loaded.Models.Select(site => new RenderInputs(site, path => loaded.SourceFiles?.HashOf(path), siteKey,
            previous?.Digests.GetValueOrDefault(site.Config.Language)))];
    }

    /// <summary>Each page's <see cref="PageText.SourceKey"/>: the parse key and its source's hash; null without them.</summary>
    internal static Func<SitePage, string?> SourceKeys(LoadedSite loaded) => page =>
    {
        if (loaded.SourceFiles is not { ParseKey.Length: > 0 } files || files.HashOf(page.ContentPath) is not { } hash) return null;
        using var key = new ContentKey();
        return key.Add(files.ParseKey).Add(page.ContentPath).Add(hash).Finish();
    };
}
