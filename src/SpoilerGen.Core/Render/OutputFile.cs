namespace SpoilerGen.Render;

/// <summary>A file of the built site, by its path relative to the output folder ('/' separators).</summary>
public abstract record OutputFile(string RelativePath);

/// <summary>A rendered file: a page, <c>levels.json</c>, a feed.</summary>
public sealed record TextOutputFile(string RelativePath, string Text) : OutputFile(RelativePath);

/// <summary>A file whose bytes are already known, such as an embedded theme asset.</summary>
public sealed record BinaryOutputFile(string RelativePath, byte[] Content) : OutputFile(RelativePath);

/// <summary>A file copied from the site's sources, such as an image under <c>static/</c>.</summary>
public sealed record CopiedOutputFile(string RelativePath, string SourcePath) : OutputFile(RelativePath);
