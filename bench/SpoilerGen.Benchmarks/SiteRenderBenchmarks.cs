using BenchmarkDotNet.Attributes;
using SpoilerGen.Diagnostics;
using SpoilerGen.Render;

namespace SpoilerGen.Benchmarks;

/// <summary>
/// The render stage for a whole site, into a sink that keeps nothing: bodies, views, templates and each
/// tree's own files, without the cost of writing. Divide by the file count for the cost of one file.
/// </summary>
[MemoryDiagnoser]
public class SiteRenderBenchmarks : GuideBenchmarks
{
    [Benchmark]
    public int RenderWholeSite()
    {
        var sink = new NullOutputSink();
        var diagnostics = new DiagnosticBag();
        new SiteRenderer(Guide.Site, Guide.Theme, Guide.Pipeline, "0.0.0", diagnostics).Render(Guide.SiteFolder, sink);
        if (diagnostics.HasErrors) throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
        return sink.Count;
    }
}
