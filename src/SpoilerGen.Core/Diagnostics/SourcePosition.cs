namespace SpoilerGen.Diagnostics;

/// <summary>A place in a source file, with a one-based line and column as editors show them.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to a file as a whole.</summary>
    public static SourcePosition StartOf(string path) => new(path, 1, 1);

    /// <summary>The line and column of the character at <paramref name="offset"/> of <paramref name="text"/>, the text of the file at <paramref name="path"/>.</summary>
    public static SourcePosition At(string path, string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var index = 0; index < offset; index++)
        {
            if (text[index] != '\n') continue;
            line++;
            lineStart = index + 1;
        }
        return new SourcePosition(path, line, offset - lineStart + 1);
    }

    public override string ToString() => $"{Path}({Line},{Column})";
}
