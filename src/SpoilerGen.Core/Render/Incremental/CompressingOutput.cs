using System.Collections.Concurrent;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// Compresses each rendered file before handing it on, and keeps what it handed on: the files of one
/// page or tree, as the render cache holds them for the next render.
/// </summary>
public sealed class CompressingOutput(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public IReadOnlyList<OutputFile> Files => [.. _files];

    public void Add(OutputFile file)
    {
        OutputFile kept = file switch
        {
            TextOutputFile text => CompressedOutputFile.From(text),
            BinaryOutputFile binary => CompressedOutputFile.From(binary.RelativePath, binary.Content),
            _ => file,
        };
        _files.Enqueue(kept);
        inner.Add(kept);
    }
}
