using Markdig;
using SpoilerGen.Bench;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Benchmarks;

/// <summary>A generated guide written to a temporary folder once, and loaded: what each benchmark starts from.</summary>
public sealed class GeneratedGuide : IDisposable
{
    private GeneratedGuide(string folder, SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline)
    {
        Folder = folder;
        Site = site;
        Theme = theme;
        Pipeline = pipeline;
    }

    public string Folder { get; }

    public string SiteFolder => Path.Combine(Folder, "site");

    public SiteModel Site { get; }

    public ThemeTemplates Theme { get; }

    public MarkdownPipeline Pipeline { get; }

    public static GeneratedGuide Create(int sources, int episodes)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"spoilergen-benchmark-{Guid.NewGuid():N}");
        var pages = new GuideGenerator(sources, episodes, seed: 1).Generate();
        new SpoilerGenSiteWriter(pages, episodes).Write(Path.Combine(folder, "site"));
        var (site, theme, pipeline) = Load(Path.Combine(folder, "site"));
        return new GeneratedGuide(folder, site, theme, pipeline);
    }

    /// <summary>The load stage as SiteBuilder runs it: config, theme, every source parsed once, the model.</summary>
    public static (SiteModel Site, ThemeTemplates Theme, MarkdownPipeline Pipeline) Load(string siteFolder)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(siteFolder, diagnostics) ?? throw new InvalidOperationException("the generated config did not load");
        var theme = ThemeTemplates.Load(siteFolder, diagnostics);
        var pipeline = MarkdownPipelineFactory.Create();
        var sources = new ContentLoader(config.Timeline, pipeline, diagnostics).Load(siteFolder);
        var site = new SiteModelBuilder(config, diagnostics).Build(sources, includeDrafts: false);
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        return (site, theme, pipeline);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
