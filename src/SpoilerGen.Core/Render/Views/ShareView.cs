namespace SpoilerGen.Render.Views;

/// <summary>
/// What a share preview shows (Open Graph and Twitter card tags). Always the page's spoiler-free
/// form, whatever tree it is printed in: a shared link reaches people at any episode.
/// </summary>
public sealed record ShareView(string Title, string Description, string Url, string? Image, string SiteName);
