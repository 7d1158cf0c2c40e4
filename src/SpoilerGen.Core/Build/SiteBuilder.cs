using System.Diagnostics;
using System.Reflection;
using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Write;

namespace SpoilerGen.Build;

/// <summary>
/// Runs the pipeline: load (config, templates, content) → model → render → write. Each stage reports
/// into one diagnostic bag; nothing is written unless every stage before it succeeded.
/// </summary>
public static class SiteBuilder
{
    public static string Version { get; } =
        typeof(SiteBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SiteBuilder).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static BuildResult Build(BuildOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var output = options.ResolvedOutputFolder;
        var rendered = Render(options);
        if (!rendered.Succeeded) return new(rendered.Diagnostics, 0, 0, 0, stopwatch.Elapsed, output);

        OutputWriter.Write(output, rendered.Files!);
        return new(rendered.Diagnostics, rendered.Site!.Pages.Length, rendered.Site.Trees.Length, rendered.Files!.Count, stopwatch.Elapsed, output);
    }

    /// <summary>Load → model → render, with nothing written: the files stay in memory for the caller.</summary>
    public static RenderedSite Render(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        RenderedSite Result(SiteModel? site = null, MarkdownPipeline? pipeline = null, IReadOnlyList<OutputFile>? files = null) =>
            new(diagnostics.ToSortedList(), site, pipeline, files);

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
        if (diagnostics.HasErrors) return Result(site, pipeline);

        var files = new SiteRenderer(site, theme, pipeline, Version, diagnostics).Render(options.SiteFolder);
        if (diagnostics.HasErrors) return Result(site, pipeline);
        return Result(site, pipeline, files);
    }
}
