using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SpoilerGen.Render.Output;

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

    /// <summary>
    /// Passed on without its paths: a static file in a tree's folder is refused whatever that folder holds (<see
    /// cref="OutputPathChecker"/>), so no path under a tree decides a collision.
    /// </summary>
    public void AddTree(string treePath, ImmutableDictionary<string, OutputFile> files) => inner.AddTree(treePath, files);
}
