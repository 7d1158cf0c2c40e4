namespace SpoilerGen.Render.Views;

/// <summary>A tag of a page, as shown in one tree.</summary>
public sealed record TagView(string Name, string? Url);
