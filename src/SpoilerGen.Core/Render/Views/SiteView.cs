namespace SpoilerGen.Render.Views;

/// <summary>The site as every template sees it (<c>site.*</c>): nothing here depends on the reader's checkpoint.</summary>
public sealed record SiteView(string Title, string? Description, string Language, string BasePath, string BaseUrl, string AssetsPath, string LevelsUrl, string ChooserUrl);
