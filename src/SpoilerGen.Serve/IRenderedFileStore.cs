using SpoilerGen.Render;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Serve;

/// <summary>
/// Where serve reads the files of one build: every file of a finished render (<see cref="WholeSiteFiles"/>), or, while
/// the first render of a large site runs, each file rendered when it is first asked for (<see cref="OnDemandFiles"/>).
/// Read from many requests at once.
/// </summary>
public interface IRenderedFileStore
{
    /// <summary>Whether every file of the build is here: only then is a path that is not found absent from the site.</summary>
    bool IsComplete { get; }

    /// <summary>How many files are held.</summary>
    int Count { get; }

    bool TryGetFile(string relativePath, out OutputFile file);
}
