using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// One content file as the load stage left it: the hash of its text, its parse (null when it could not be
/// read), and what reading and parsing it reported, so that an unchanged file is neither parsed nor
/// reported differently the next time.
/// </summary>
/// <param name="ContentHash">Null when the file could not be read: such a file is always read again.</param>
public sealed record LoadedSource(string ContentPath, string? ContentHash, SourcePage? Page, IReadOnlyList<Diagnostic> Diagnostics);
