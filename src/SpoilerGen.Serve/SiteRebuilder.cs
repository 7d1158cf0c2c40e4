using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Render;

namespace SpoilerGen.Serve;

/// <summary>
/// Builds the site in memory through <see cref="SiteBuilder"/>'s stages, never into an output folder,
/// and turns each build into the next <see cref="ServeState"/>: a failed build keeps the last good site.
/// </summary>
/// <remarks>
/// Each rebuild is incremental: the previous render is passed back to <see cref="SiteBuilder.Render"/>, which
/// parses again only the sources whose text changed and renders only the files whose inputs changed. Only the
/// sources the watcher names are read again (and compared with their hash: a save without a change is no work),
/// once the watcher has watched a whole build: the first rebuild reads every source, since the first build ran
/// before anything watched.
/// </remarks>
public sealed class SiteRebuilder(ServeOptions options, ServeLog? log = null)
{
    private readonly BuildOptions _build = new(options.SiteFolder, OutputFolder: null, options.BaseUrl, options.IncludeDrafts,
        Progress: options.Verbose && log is not null ? line => log.Info("  " + TerminalText.Escape(line)) : null);

    private readonly BuildGarbage _garbage = new();

    // Only the rebuild loop calls, one rebuild at a time.
    private RenderedSite? _previous;

    // Whether the watcher ran during the whole of the previous build, so that what it names is all that may have changed.
    private bool _watchedPrevious;

    /// <param name="changedFiles">
    /// Full paths (under the site folder as given) of what the watcher saw change since the previous build started;
    /// the render reads only those sources again and finds the changes by content.
    /// </param>
    public (ServeState State, TimeSpan Elapsed) Rebuild(ServeState previous, IReadOnlyCollection<string> changedFiles, CancellationToken cancellationToken = default)
    {
        var siteFolder = Path.GetFullPath(options.SiteFolder);
        var changedPaths = _watchedPrevious ? changedFiles.Select(path => Path.GetRelativePath(siteFolder, path)).ToHashSet(StringComparer.Ordinal) : null;
        // Every rebuild runs while the watcher runs: what changes meanwhile is named to the next one.
        _watchedPrevious = true;
        return Next(previous, changedPaths, cancellationToken);
    }

    /// <summary>
    /// The first build in two parts: the model now, from which, for a large site (<see cref="ServeOptions.OnDemandFrom"/>),
    /// <see cref="FirstBuild.OnDemand"/> answers requests by rendering each file asked for; and the lints and whole render
    /// in <see cref="FirstBuild.Whole"/>, started: at once for a site served whole, and once <paramref name="wholeMayStart"/>
    /// completes for one served on request, so that its first page is rendered before the lints and the whole render take the cores.
    /// </summary>
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM before the model was made.</exception>
    public FirstBuild StartFirst(Task wholeMayStart, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var modeled = SiteBuilder.LoadModel(_build, cancellationToken: cancellationToken);
        ServeState? onDemand = null;
        if (modeled.HasModel && (long)modeled.Loaded.PageCount * modeled.Loaded.TreeCount >= options.OnDemandFrom && ReservedBasePath(modeled.Loaded.Site!.Config) is null)
        {
            var loaded = modeled.Loaded;
            var files = new OnDemandFiles(SiteBuilder.RenderOnDemand(loaded));
            onDemand = new ServeState(1, new SiteSnapshot(loaded.Site!, loaded.Pipeline!, files, loaded.PageCount, loaded.TreeCount), []);
        }
        var gate = onDemand is null ? Task.CompletedTask : wholeMayStart;
        var whole = Task.Run(async () =>
        {
            await gate.WaitAsync(cancellationToken);
            var (state, _) = Next(previous: null, changedPaths: null, cancellationToken, modeled);
            return (state, stopwatch.Elapsed);
        }, cancellationToken);
        return new FirstBuild(onDemand, whole, stopwatch.Elapsed);
    }

    private (ServeState State, TimeSpan Elapsed) Next(ServeState? previous, IReadOnlySet<string>? changedPaths, CancellationToken cancellationToken,
        ModeledSite? modeled = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var rendered = modeled is null
            ? SiteBuilder.Render(_build, _previous, cancellationToken, changedPaths)
            : SiteBuilder.Render(_build, modeled, _previous, cancellationToken);
        _previous = rendered;
        var version = (previous?.Version ?? 0) + 1;
        var diagnostics = rendered.Diagnostics;
        if (rendered.Site is { } site && ReservedBasePath(site.Config) is { } reserved) diagnostics = [.. diagnostics, reserved];
        var lastGood = rendered.Succeeded && !diagnostics.Any(d => d.IsError)
            ? new SiteSnapshot(rendered.Site!, rendered.Pipeline!, rendered.Files!, rendered.Loaded.PageCount, rendered.Loaded.TreeCount)
            : previous?.LastGood;
        return (new ServeState(version, lastGood, diagnostics), stopwatch.Elapsed);
    }

    /// <summary>
    /// Gives the memory builds left as garbage back to the system if resident memory has grown enough since it last did
    /// (<see cref="BuildGarbage"/>): call after publishing, once the browser has had the new pages.
    /// </summary>
    /// <param name="busy">Saves keep coming with no idle moment between them: collect only after twice the growth.</param>
    /// <returns>Whether it collected.</returns>
    public bool ReturnGarbage(bool busy = false) => _garbage.ReturnIfGrown(busy);

    /// <summary>
    /// A config whose base_url lies under serve's own URLs is refused as the option is: every page of such a
    /// site would answer 404. A real host serves it, so only serve refuses it.
    /// </summary>
    private Diagnostic? ReservedBasePath(SiteConfig config)
    {
        var basePath = new SiteUrls(config).BasePath;
        if (!ServePaths.HoldsBasePath(basePath)) return null;
        var position = options.BaseUrl is not null ? SourcePosition.StartOf("--base-url")
            : config.BaseUrlPosition ?? SourcePosition.StartOf(DisplayPath.For(Path.Combine(options.SiteFolder, ConfigLoader.FileName)));
        return new Diagnostic(position, DiagnosticSeverity.Error, DiagnosticCodes.ServeBasePathReserved,
            $"base_url '{basePath}' lies under {ServePaths.Prefix}, where serve keeps its own pages; choose another path, or serve with --base-url /");
    }
}
