namespace SpoilerGen.Render.Views;

/// <summary>A top-level section in the navigation.</summary>
public sealed record NavLinkView(string Title, string Url, bool IsCurrent);
