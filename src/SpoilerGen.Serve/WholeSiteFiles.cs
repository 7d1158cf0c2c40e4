using System.Collections.Frozen;
using SpoilerGen.Render;

namespace SpoilerGen.Serve;

/// <summary>Every file of a finished render, by its path: what serve answers from between edits.</summary>
public sealed class WholeSiteFiles(IEnumerable<OutputFile> files) : IRenderedFileStore
{
    private readonly FrozenDictionary<string, OutputFile> _files = files.ToFrozenDictionary(file => file.RelativePath, StringComparer.Ordinal);

    public bool IsComplete => true;

    public int Count => _files.Count;

    public bool TryGetFile(string relativePath, out OutputFile file) => _files.TryGetValue(relativePath, out file!);
}
