namespace SpoilerGen.Render;

/// <summary>A file copied from the site's sources, such as an image under <c>static/</c>.</summary>
public sealed record CopiedOutputFile(string RelativePath, string SourcePath) : OutputFile(RelativePath);
