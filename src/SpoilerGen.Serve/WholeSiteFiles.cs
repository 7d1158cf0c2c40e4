using SpoilerGen.Render;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Serve;

/// <summary>
/// Every file of a finished render, by its path: what serve answers from between edits. A render's own files are used as
/// they are, each tree's set shared with the renders before and after it (<see cref="RenderedFiles"/>).
/// </summary>
public sealed class WholeSiteFiles(IEnumerable<OutputFile> files) : IRenderedFileStore
{
    private readonly RenderedFiles _files = files as RenderedFiles ?? new RenderedFiles(files);

    public bool IsComplete => true;

    public int Count => _files.Count;

    public bool TryGetFile(string relativePath, out OutputFile file) => _files.TryGetFile(relativePath, out file!);
}
