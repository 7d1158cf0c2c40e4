namespace SpoilerGen.Render.Views;

/// <summary>
/// The site as every template sees it (<c>site.*</c>): nothing here depends on the reader's checkpoint.
/// <see cref="Logo"/> and <see cref="Hero"/> are the theme's images (URLs, or null); <see cref="AccentStyle"/>
/// is the CSS that gives the theme the show's accent colour in both colour schemes, or null.
/// <see cref="Languages"/> links to the chooser of each language of the site.
/// <see cref="Direction"/> is the language's writing direction, <c>ltr</c> or <c>rtl</c>, for <c>&lt;html dir&gt;</c>.
/// </summary>
public sealed record SiteView(string Title, string? Description, string Language, string BasePath, string BaseUrl, string AssetsPath, string LevelsUrl, string ChooserUrl,
    string? Logo, string? Hero, string? AccentStyle, string Direction = "ltr")
{
    /// <summary>Every language of the site, each linking to its chooser; empty for a site in one language.</summary>
    public LanguageLinkView[] Languages { get; init; } = [];
}
