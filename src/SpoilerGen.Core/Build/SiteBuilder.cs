using System.Diagnostics;
using System.Reflection;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Write;

namespace SpoilerGen.Build;

/// <summary>
/// Runs the pipeline: load (config, templates, content) → model → render → write. Each stage reports
/// into one diagnostic bag; the new output is swapped in only if every stage succeeded.
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
        var diagnostics = new DiagnosticBag();
        using var target = OutputTarget.Open(options.SiteFolder, options.ResolvedOutputFolder, options.Force, diagnostics, options.Progress);
        var hadPreviousOutput = target?.HasPreviousOutput ?? Directory.Exists(options.ResolvedOutputFolder);
        BuildResult Result(int pages = 0, int trees = 0, int files = 0) =>
            new(diagnostics.ToSortedList(), pages, trees, files, stopwatch.Elapsed, target?.Folder ?? options.ResolvedOutputFolder, hadPreviousOutput);
        if (target is null) return Result();

        // Nothing read has changed and the output is as that build left it: there is nothing to do.
        var sourceFingerprint = SourceFingerprint.Of(options.SiteFolder, options.BaseUrl, options.IncludeDrafts);
        if (sourceFingerprint is not null && BuildRecord.ReadIfIntact(target.Folder) is { } record && record.Sources == sourceFingerprint)
        {
            options.Progress?.Invoke($"nothing changed since the last build: the output at {target.Folder} is kept as it was");
            return Result(record.PageCount, record.TreeCount, record.FileCount);
        }

        var config = ConfigLoader.Load(options.SiteFolder, diagnostics);
        if (config is not null && options.BaseUrl is not null)
        {
            if (ConfigLoader.TryParseBaseUrl(options.BaseUrl, out var baseUrl)) config = config.WithBaseUrl(baseUrl);
            else diagnostics.Error(new SourcePosition("--base-url", 1, 1), DiagnosticCodes.ConfigInvalid, $"'{options.BaseUrl}' is not an absolute http(s) URL or a path starting with '/'");
        }
        var theme = ThemeTemplates.Load(options.SiteFolder, diagnostics);
        if (config is null) return Result();

        var pipeline = MarkdownPipelineFactory.Create();
        var sources = new ContentLoader(config.Timeline, pipeline, diagnostics).Load(options.SiteFolder);
        var site = new SiteModelBuilder(config, diagnostics).Build(sources, options.IncludeDrafts);
        if (diagnostics.HasErrors) return Result();
        cancellationToken.ThrowIfCancellationRequested();
        options.Progress?.Invoke($"loaded {sources.Count} sources: {site.Pages.Length} pages in {site.Trees.Length} trees");

        using var staging = target.BeginStaging(diagnostics);
        if (staging is null) return Result();
        new SiteRenderer(site, theme, pipeline, Version, diagnostics).Render(options.SiteFolder, staging, cancellationToken);
        if (diagnostics.HasErrors) return Result();
        options.Progress?.Invoke($"rendered {staging.FileCount} files");
        staging.Record(sourceFingerprint, site.Pages.Length, site.Trees.Length, warned: diagnostics.ToSortedList().Count > 0);
        if (!staging.Commit()) return Result();
        return Result(site.Pages.Length, site.Trees.Length, staging.FileCount);
    }
}
