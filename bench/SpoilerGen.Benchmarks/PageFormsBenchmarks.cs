using BenchmarkDotNet.Attributes;
using SpoilerGen.Model;
using SpoilerGen.Render;

namespace SpoilerGen.Benchmarks;

/// <summary>One page's body rendered in every tree: its HTML, its text, its headings.</summary>
[MemoryDiagnoser]
public class PageFormsBenchmarks
{
    private GeneratedGuide _guide = null!;
    private BodyRenderer _bodies = null!;
    private SitePage _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _guide = GeneratedGuide.Create(sources: 20, episodes: 12);
        _bodies = new BodyRenderer(_guide.Site, _guide.Pipeline, new SiteUrls(_guide.Site.Config));
        _page = _guide.Site.Pages.First(page => page.Kind == PageKind.Page && page.Level == 0);
    }

    [GlobalCleanup]
    public void Cleanup() => _guide.Dispose();

    [Benchmark]
    public int RenderOnePageInEveryTree()
    {
        var length = 0;
        foreach (var tree in _guide.Site.Trees) length += _bodies.Render(_page, tree).Text.Length;
        return length;
    }
}
