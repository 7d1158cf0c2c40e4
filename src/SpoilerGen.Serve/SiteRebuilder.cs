using System.Diagnostics;
using SpoilerGen.Build;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Render;

namespace SpoilerGen.Serve;

/// <summary>
/// Builds the site in memory through <see cref="SiteBuilder"/>'s stages, never into an output folder,
/// and turns each build into the next <see cref="ServeState"/>: a failed build keeps the last good site.
/// </summary>
/// <remarks>
/// Each rebuild is incremental: the previous render is passed back to <see cref="SiteBuilder.Render"/>, which
/// parses again only the sources whose text changed and renders only the files whose inputs changed. The
/// files the watcher names are not trusted for that: every source's text is compared with its hash.
/// </remarks>
public sealed class SiteRebuilder(ServeOptions options)
{
    private readonly BuildOptions _build = new(options.SiteFolder, OutputFolder: null, options.BaseUrl, options.IncludeDrafts);

    // Below this, what a build leaves behind is not worth a pause of the server to give back.
    private const long CommittedFloor = 256L << 20;

    // Only the rebuild loop calls, one rebuild at a time.
    private RenderedSite? _previous;

    /// <summary>The first build, before anything is served.</summary>
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM before it finished.</exception>
    public (ServeState State, TimeSpan Elapsed) BuildFirst(CancellationToken cancellationToken = default) => Next(previous: null, cancellationToken);

    /// <param name="changedFiles">Full paths of what changed since the previous build, for the log; the render finds the changes by content.</param>
    public (ServeState State, TimeSpan Elapsed) Rebuild(ServeState previous, IReadOnlyCollection<string> changedFiles, CancellationToken cancellationToken = default) =>
        Next(previous, cancellationToken);

    private (ServeState State, TimeSpan Elapsed) Next(ServeState? previous, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var rendered = SiteBuilder.Render(_build, _previous, cancellationToken);
        _previous = rendered;
        var version = (previous?.Version ?? 0) + 1;
        var diagnostics = rendered.Diagnostics;
        if (rendered.Site is { } site && ReservedBasePath(site.Config) is { } reserved) diagnostics = [.. diagnostics, reserved];
        var lastGood = rendered.Succeeded && !diagnostics.Any(d => d.IsError)
            ? new SiteSnapshot(rendered.Site!, rendered.Pipeline!, rendered.Files!)
            : previous?.LastGood;
        return (new ServeState(version, lastGood, diagnostics), stopwatch.Elapsed);
    }

    /// <summary>
    /// Gives the memory a build left as garbage back to the system, once the state it replaced is no longer
    /// served: call after publishing, once the browser has had the new pages. An idle server allocates nothing, so
    /// no collection would ever run to return it, and a large page deleted would keep its gigabytes. A small site's
    /// heap is left to the runtime.
    /// </summary>
    public static void ReturnGarbage()
    {
        if (Environment.WorkingSet < CommittedFloor) return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>
    /// A config whose base_url lies under serve's own URLs is refused as the option is: every page of such a
    /// site would answer 404. A real host serves it, so only serve refuses it.
    /// </summary>
    private Diagnostic? ReservedBasePath(SiteConfig config)
    {
        var basePath = new SiteUrls(config).BasePath;
        if (!ServePaths.HoldsBasePath(basePath)) return null;
        var source = options.BaseUrl is null ? DisplayPath.For(Path.Combine(options.SiteFolder, ConfigLoader.FileName)) : "--base-url";
        return new Diagnostic(SourcePosition.StartOf(source), DiagnosticSeverity.Error, DiagnosticCodes.ServeBasePathReserved,
            $"base_url '{basePath}' lies under {ServePaths.Prefix}, where serve keeps its own pages; choose another path, or serve with --base-url /");
    }
}
