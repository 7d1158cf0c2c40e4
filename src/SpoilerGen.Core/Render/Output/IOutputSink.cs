using System.Collections.Immutable;

namespace SpoilerGen.Render.Output;

/// <summary>
/// Where the render stage hands each finished file: to the output being written, or to memory for
/// commands that write nothing. Called from parallel renders, so implementations are thread-safe.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);

    /// <summary>
    /// Every file of one tree at once, by path, as the immutable set a render that keeps its files in memory (<c>serve</c>'s)
    /// hands over instead of file by file: a sink that holds files keeps the set itself, which the renders before and after
    /// share where an edit left the tree's files as they were.
    /// </summary>
    void AddTree(string treePath, ImmutableDictionary<string, OutputFile> files)
    {
        foreach (var file in files.Values) Add(file);
    }
}
