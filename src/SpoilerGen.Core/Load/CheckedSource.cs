using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load;

/// <summary>One content file as an earlier build checked it: the hash of its text and everything reading, parsing and checking it reported.</summary>
public sealed record CheckedSource(string ContentHash, IReadOnlyList<Diagnostic> Diagnostics);
