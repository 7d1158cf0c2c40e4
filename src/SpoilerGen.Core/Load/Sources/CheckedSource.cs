using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// One content file as an earlier build checked it: the hash of its text, everything reading, parsing and checking it
/// reported, and what the model and the checks read of its parse (its front matter and facts), so that the next build
/// parses its body only if it renders one of its files.
/// </summary>
public sealed record CheckedSource(string ContentHash, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The front matter as parsed then; null when the cache did not keep it (the file is parsed again).</summary>
    public FrontMatter? FrontMatter { get; init; }

    /// <summary>The lines before the body then.</summary>
    public int BodyLineOffset { get; init; }

    /// <summary>The facts of the parse then; null when the cache did not keep them (the file is parsed again).</summary>
    public SourceFacts? Facts { get; init; }
}
