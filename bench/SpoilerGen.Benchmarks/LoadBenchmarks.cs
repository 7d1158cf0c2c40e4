using BenchmarkDotNet.Attributes;

namespace SpoilerGen.Benchmarks;

/// <summary>The load stage: config, theme, every source read and parsed once, the site model.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks : GuideBenchmarks
{
    [Benchmark]
    public int LoadAndParse() => GeneratedGuide.Load(Guide.SiteFolder).Site.Pages.Length;
}
