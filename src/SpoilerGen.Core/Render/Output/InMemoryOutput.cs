using System.Collections.Concurrent;
using System.Collections.Immutable;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Render.Output;

/// <summary>
/// Keeps every rendered file in memory instead of writing it: for the commands that write nothing
/// (<c>serve</c>, <c>check</c>) and for tests. A copied file (under <c>static/</c>) is read into memory
/// as it arrives, through the handle the jail checked, so that what is served is the build that was
/// announced: a file swapped on disk afterwards (for a symlink, a device, a FIFO) is never read. A text file among them
/// is checked for spoiler markup on those bytes (<see cref="StaticFileMarkupCheck"/>): what is served is what was checked.
/// </summary>
/// <param name="previousCheck">The previous render's static check: a file whose bytes it found clean is not scanned again.</param>
public sealed class InMemoryOutput(DiagnosticBag diagnostics, StaticFileMarkupCheck? previousCheck = null) : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, OutputFile>> _trees = new(StringComparer.Ordinal);

    public void Add(OutputFile file)
    {
        if (file is CopiedOutputFile copied)
        {
            if (StaticCheck.ReadChecked(copied.Source, diagnostics) is not { } bytes) return;
            file = new BinaryOutputFile(copied.RelativePath, bytes);
        }
        _files.Enqueue(file);
    }

    /// <summary>The check of the static files copied here; for the next render of the same site.</summary>
    public StaticFileMarkupCheck StaticCheck { get; } = new(previousCheck);

    /// <summary>Kept as it is: the set is immutable, and the previous render's may be this one with a few files replaced.</summary>
    public void AddTree(string treePath, ImmutableDictionary<string, OutputFile> files) => _trees[treePath] = files;

    /// <summary>The files so far, listed in the order of their paths, so that what is built from them is the same every run.</summary>
    public RenderedFiles Files => new(_files, _trees);
}
