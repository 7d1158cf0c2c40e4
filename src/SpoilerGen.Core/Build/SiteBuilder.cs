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
        var diagnostics = new DiagnosticBag();
        var output = options.ResolvedOutputFolder;
        BuildResult Result(int pages = 0, int trees = 0, int files = 0) =>
            new(diagnostics.ToSortedList(), pages, trees, files, stopwatch.Elapsed, output);

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
        // Checked here too (the renderer copies them), so that one run reports every unreadable source.
        new SiteFolder(options.SiteFolder).Files(SiteRenderer.StaticFolderName, diagnostics);
        var site = new SiteModelBuilder(config, diagnostics).Build(sources, options.IncludeDrafts);
        if (diagnostics.HasErrors) return Result();

        var files = new SiteRenderer(site, theme, pipeline, Version, diagnostics).Render(options.SiteFolder);
        if (diagnostics.HasErrors) return Result();

        OutputWriter.Write(output, files);
        return Result(site.Pages.Length, site.Trees.Length, files.Count);
    }
}
