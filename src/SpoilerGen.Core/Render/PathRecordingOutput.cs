using System.Collections.Concurrent;

namespace SpoilerGen.Render;

/// <summary>
/// Passes each file on and remembers its path (only the path: the file itself is not kept), so that static
/// files can be checked against every generated path before any of them is written.
/// </summary>
public sealed class PathRecordingOutput(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentQueue<string> _paths = new();

    public IEnumerable<string> Paths => _paths;

    public void Add(OutputFile file)
    {
        _paths.Enqueue(file.RelativePath);
        inner.Add(file);
    }
}
