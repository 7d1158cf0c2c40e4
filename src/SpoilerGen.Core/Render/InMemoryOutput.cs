using System.Collections.Concurrent;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;

namespace SpoilerGen.Render;

/// <summary>
/// Keeps every rendered file in memory instead of writing it: for the commands that write nothing
/// (<c>serve</c>, <c>check</c>) and for tests. A copied file (under <c>static/</c>) is read into memory
/// as it arrives, through the handle the jail checked, so that what is served is the build that was
/// announced: a file swapped on disk afterwards (for a symlink, a device, a FIFO) is never read.
/// </summary>
public sealed class InMemoryOutput(DiagnosticBag diagnostics) : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public void Add(OutputFile file)
    {
        if (file is CopiedOutputFile copied)
        {
            if (SiteFileHandle.ReadAllBytes(copied.Source, diagnostics) is not { } bytes) return;
            file = new BinaryOutputFile(copied.RelativePath, bytes);
        }
        _files.Enqueue(file);
    }

    /// <summary>The files so far, ordered by path, so that what is built from them is the same every run.</summary>
    public IReadOnlyList<OutputFile> Files => [.. _files.OrderBy(file => file.RelativePath, StringComparer.Ordinal)];
}
