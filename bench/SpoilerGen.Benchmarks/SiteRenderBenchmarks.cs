using BenchmarkDotNet.Attributes;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render;

namespace SpoilerGen.Benchmarks;

/// <summary>
/// The render stage for a whole site, into a sink that keeps nothing: bodies, views, templates and each
/// tree's own files, without the cost of writing. Divide by the file count for the cost of one file.
/// </summary>
[MemoryDiagnoser]
public class SiteRenderBenchmarks
{
    private GeneratedGuide _guide = null!;

    [Params(100)]
    public int Sources { get; set; }

    [GlobalSetup]
    public void Setup() => _guide = GeneratedGuide.Create(Sources, episodes: 12);

    [GlobalCleanup]
    public void Cleanup() => _guide.Dispose();

    [Benchmark]
    public int RenderWholeSite()
    {
        var sink = new NullOutputSink();
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(_guide.Site, _guide.Theme, _guide.Pipeline, "0.0.0", diagnostics).Render(_guide.SiteFolder, sink);
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        return sink.Count;
    }
}
