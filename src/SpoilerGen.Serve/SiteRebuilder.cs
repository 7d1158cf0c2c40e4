using System.Diagnostics;
using SpoilerGen.Build;

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

    // Only the rebuild loop calls, one rebuild at a time.
    private RenderedSite? _previous;

    /// <summary>The first build, before anything is served.</summary>
    public (ServeState State, TimeSpan Elapsed) BuildFirst() => Next(previous: null);

    /// <param name="changedFiles">Full paths of what changed since the previous build, for the log; the render finds the changes by content.</param>
    public (ServeState State, TimeSpan Elapsed) Rebuild(ServeState previous, IReadOnlyCollection<string> changedFiles) =>
        Next(previous);

    private (ServeState State, TimeSpan Elapsed) Next(ServeState? previous)
    {
        var stopwatch = Stopwatch.StartNew();
        var rendered = SiteBuilder.Render(_build, _previous);
        _previous = rendered;
        var version = (previous?.Version ?? 0) + 1;
        var lastGood = rendered.Succeeded
            ? new SiteSnapshot(rendered.Site!, rendered.Pipeline!, rendered.Files!)
            : previous?.LastGood;
        return (new ServeState(version, lastGood, rendered.Diagnostics), stopwatch.Elapsed);
    }
}
