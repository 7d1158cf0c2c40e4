namespace SpoilerGen.Diagnostics;

/// <summary>A place in a source file, with a one-based line and column as editors show them.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to a file as a whole.</summary>
    public static SourcePosition StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
