namespace SpoilerGen.Render.Output;

/// <summary>A rendered file: a page, <c>levels.json</c>, a feed.</summary>
public sealed record TextOutputFile(string RelativePath, string Text) : OutputFile(RelativePath);
