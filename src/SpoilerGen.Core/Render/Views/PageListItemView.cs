namespace SpoilerGen.Render.Views;

/// <summary>A page in a list (a section's pages, the home's sections), as one tree shows it; <see cref="Image"/> is its picture there (a URL), or null.</summary>
public sealed record PageListItemView(string Title, string? Summary, string Url, bool IsNew, string? Image = null);
