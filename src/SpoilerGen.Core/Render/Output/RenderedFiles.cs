using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace SpoilerGen.Render.Output;

/// <summary>
/// Every file of one render held in memory, by path: the few outside the trees, and each tree's files as the immutable
/// set the render hands over (<see cref="IOutputSink.AddTree"/>), shared by reference with the renders before and after
/// it, so that after an edit only the files it changed are new. Listed in the order of their paths.
/// </summary>
public sealed class RenderedFiles : IReadOnlyList<OutputFile>
{
    private readonly Dictionary<string, OutputFile> _loose = new(StringComparer.Ordinal);
    private readonly KeyValuePair<string, ImmutableDictionary<string, OutputFile>>[] _trees;
    private OutputFile[]? _ordered;

    /// <param name="files">Files by themselves.</param>
    /// <param name="trees">Each tree's files, by the tree's folder.</param>
    public RenderedFiles(IEnumerable<OutputFile> files, IEnumerable<KeyValuePair<string, ImmutableDictionary<string, OutputFile>>>? trees = null)
    {
        foreach (var file in files) _loose[file.RelativePath] = file;
        _trees = [.. trees ?? []];
        Count = _loose.Count + _trees.Sum(tree => tree.Value.Count);
    }

    public int Count { get; }

    public bool TryGetFile(string relativePath, [MaybeNullWhen(false)] out OutputFile file)
    {
        if (_loose.TryGetValue(relativePath, out file)) return true;
        foreach (var (treePath, files) in _trees)
        {
            if (relativePath.StartsWith(treePath, StringComparison.Ordinal) && files.TryGetValue(relativePath, out file)) return true;
        }
        return false;
    }

    public OutputFile this[int index] => Ordered()[index];

    public IEnumerator<OutputFile> GetEnumerator() => ((IEnumerable<OutputFile>)Ordered()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Listed only when asked (tests, a whole listing): serve looks files up by path.
    private OutputFile[] Ordered() =>
        _ordered ??= [.. _loose.Values.Concat(_trees.SelectMany(tree => tree.Value.Values)).OrderBy(file => file.RelativePath, StringComparer.Ordinal)];
}
