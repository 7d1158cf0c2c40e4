using BenchmarkDotNet.Attributes;

namespace SpoilerGen.Benchmarks;

/// <summary>What the whole-stage benchmarks share: a generated guide of <see cref="Sources"/> pages × 12 episodes, made once per run.</summary>
public abstract class GuideBenchmarks
{
    protected GeneratedGuide Guide { get; private set; } = null!;

    [Params(100)]
    public int Sources { get; set; }

    [GlobalSetup]
    public void Setup() => Guide = GeneratedGuide.Create(Sources, episodes: 12);

    [GlobalCleanup]
    public void Cleanup() => Guide.Dispose();
}
