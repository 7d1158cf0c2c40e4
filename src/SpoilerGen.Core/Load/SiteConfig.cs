using SpoilerGen.Model;

namespace SpoilerGen.Load;

/// <summary>The site's settings from <c>spoilergen.yml</c>, with the series turned into a timeline.</summary>
public sealed record SiteConfig(
    string Title,
    string? Description,
    string Language,
    Uri BaseUrl,
    string SeriesTitle,
    Timeline Timeline)
{
    /// <summary>The path part of the base URL, always ending in '/', e.g. <c>/my-guide/</c>.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public SiteConfig WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };
}
