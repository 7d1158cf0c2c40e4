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
/// Every rebuild is a whole build today. <see cref="Rebuild"/> is given the files that changed so that an
/// incremental build (re-parse the changed pages, re-render what shows them) can take its place later
/// without changing serve: it only has to return the site's files.
/// </remarks>
public sealed class SiteRebuilder(ServeOptions options)
{
    private readonly BuildOptions _build = new(options.SiteFolder, OutputFolder: null, options.BaseUrl, options.IncludeDrafts);

    /// <summary>The first build, before anything is served.</summary>
    public (ServeState State, TimeSpan Elapsed) BuildFirst() => Next(previous: null);

    /// <param name="changedFiles">Full paths of what changed since the previous build; unused by a whole build.</param>
    public (ServeState State, TimeSpan Elapsed) Rebuild(ServeState previous, IReadOnlyCollection<string> changedFiles) =>
        Next(previous);

    private (ServeState State, TimeSpan Elapsed) Next(ServeState? previous)
    {
        var stopwatch = Stopwatch.StartNew();
        var rendered = SiteBuilder.Render(_build);
        var version = (previous?.Version ?? 0) + 1;
        var diagnostics = rendered.Diagnostics;
        if (rendered.Site is { } site && ReservedBasePath(site.Config) is { } reserved) diagnostics = [.. diagnostics, reserved];
        var lastGood = rendered.Succeeded && !diagnostics.Any(d => d.IsError)
            ? new SiteSnapshot(rendered.Site!, rendered.Pipeline!, rendered.Files!)
            : previous?.LastGood;
        return (new ServeState(version, lastGood, diagnostics), stopwatch.Elapsed);
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
