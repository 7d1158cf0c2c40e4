using System.Collections.Concurrent;

namespace SpoilerGen.Render;

/// <summary>
/// Keeps every rendered file in memory instead of writing it: for the commands that write nothing
/// (<c>serve</c>, <c>check</c>) and for tests.
/// </summary>
public sealed class InMemoryOutput : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public void Add(OutputFile file) => _files.Enqueue(file);

    /// <summary>The files so far, ordered by path, so that what is built from them is the same every run.</summary>
    public IReadOnlyList<OutputFile> Files => [.. _files.OrderBy(file => file.RelativePath, StringComparer.Ordinal)];
}
