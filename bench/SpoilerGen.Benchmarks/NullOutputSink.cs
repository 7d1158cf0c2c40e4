using SpoilerGen.Render;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Benchmarks;

/// <summary>Counts what the render stage hands over and keeps none of it: render cost without write cost.</summary>
public sealed class NullOutputSink : IOutputSink
{
    private int _count;

    public int Count => _count;

    public void Add(OutputFile file) => Interlocked.Increment(ref _count);
}
