namespace SpoilerGen.Render.Views;

/// <summary>The tool that built the site (<c>generator.*</c>).</summary>
public sealed record GeneratorView(string Name, string Version);
