using System.Collections.Concurrent;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// Hands each rendered file on as the cache wants it kept, and keeps what the cache will hold: the files of one
/// page or tree, for the next render.
/// </summary>
/// <param name="inner">Null where the files are handed over later with their tree's set (<see cref="IOutputSink.AddTree"/>).</param>
public sealed class KeepingOutput(IOutputSink? inner, RenderCache cache) : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public IReadOnlyList<OutputFile> Files => [.. _files];

    public void Add(OutputFile file)
    {
        var (handed, kept) = cache.Keep(file);
        _files.Enqueue(kept);
        inner?.Add(handed);
    }

    /// <summary>Keeps a file the previous render kept, as it is: only where the files are handed over with their tree's set.</summary>
    public void AddKept(OutputFile kept)
    {
        if (inner is not null) throw new InvalidOperationException("a kept file is handed over with its tree's set only");
        _files.Enqueue(kept);
    }
}
