namespace SpoilerGen.Render.Output;

/// <summary>A file of the built site, by its path relative to the output folder ('/' separators).</summary>
public abstract record OutputFile(string RelativePath);
