using SpoilerGen.Render.Output;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// A file of the previous build whose inputs are exactly those it was made from: the build takes it from the
/// previous output as it is (a hard link) instead of rendering and writing it again.
/// </summary>
public sealed record UnchangedOutputFile(string RelativePath) : OutputFile(RelativePath);
