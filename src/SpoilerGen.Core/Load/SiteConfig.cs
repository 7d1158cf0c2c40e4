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

    /// <summary>
    /// The host given to a base URL written as a bare path. It is reserved (RFC 2606), so it can never be
    /// a real site's, and it tells that the site's public address is unknown.
    /// </summary>
    public const string PathOnlyHost = "path-only.invalid";

    /// <summary>Whether the site's public address is known, so absolute URLs (feeds, sitemaps, previews) can be written.</summary>
    public bool HasPublicAddress => BaseUrl.Host != PathOnlyHost;
}
