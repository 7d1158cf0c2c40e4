namespace SpoilerGen.Render.Templates;

/// <summary>A theme file, from the embedded default theme or the site's own <c>templates/</c>, read on demand.</summary>
public sealed record ThemeAsset(string DisplayPath, Func<byte[]> Read);
