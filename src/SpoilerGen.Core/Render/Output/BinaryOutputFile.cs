namespace SpoilerGen.Render.Output;

/// <summary>A file whose bytes are already known, such as an embedded theme asset.</summary>
public sealed record BinaryOutputFile(string RelativePath, byte[] Content) : OutputFile(RelativePath);
