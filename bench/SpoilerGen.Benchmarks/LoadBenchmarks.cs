using BenchmarkDotNet.Attributes;

namespace SpoilerGen.Benchmarks;

/// <summary>The load stage: config, theme, every source read and parsed once, the site model.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private GeneratedGuide _guide = null!;

    [Params(100)]
    public int Sources { get; set; }

    [GlobalSetup]
    public void Setup() => _guide = GeneratedGuide.Create(Sources, episodes: 12);

    [GlobalCleanup]
    public void Cleanup() => _guide.Dispose();

    [Benchmark]
    public int LoadAndParse() => GeneratedGuide.Load(_guide.SiteFolder).Site.Pages.Length;
}
