using System.Collections.Concurrent;
using SpoilerGen.Render;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Serve;

/// <summary>
/// The files of a site whose first render is still running, each rendered when first asked for, with what it needs
/// (a page alone; a tree's own files from its pages' bodies; the root's files), by the same renderer code as the whole
/// render, so byte for byte the file it will make. The most recent files are kept, never more than
/// <see cref="Capacity"/>: a large guide's files do not fit in memory as they are. A path it cannot render (a static file,
/// a file whose render reported anything, a path that is not in the site) is not found, and the caller waits for the
/// whole render, which says which it is.
/// </summary>
public sealed class OnDemandFiles(SiteRenderer renderer) : IRenderedFileStore
{
    /// <summary>How many rendered files are kept: a tree's tag pages and its own files, and the pages being read.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public bool IsComplete => false;

    public int Count => _files.Count;

    public bool TryGetFile(string relativePath, out OutputFile file)
    {
        if (_files.TryGetValue(relativePath, out file!)) return true;
        if (renderer.RenderFor(relativePath) is not { } rendered) return false;
        foreach (var made in rendered)
        {
            if (made.RelativePath == relativePath) file = made;
            if (_files.TryAdd(made.RelativePath, made)) _order.Enqueue(made.RelativePath);
        }
        while (_files.Count > Capacity && _order.TryDequeue(out var oldest)) _files.TryRemove(oldest, out _);
        return true;
    }
}
