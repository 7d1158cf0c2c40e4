using SpoilerGen.Model;
using SpoilerGen.Translation;

namespace SpoilerGen.Load.Configuration;

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

    /// <summary>The config under another base URL (<c>--base-url</c>), every language's with it.</summary>
    public SiteConfig WithBaseUrl(Uri baseUrl) =>
        this with { BaseUrl = baseUrl, Translations = [.. Translations.Select(translation => translation.WithBaseUrl(baseUrl))] };

    /// <summary>
    /// The host given to a base URL written as a bare path. It is reserved (RFC 2606), so it can never be
    /// a real site's, and it tells that the site's public address is unknown.
    /// </summary>
    public const string PathOnlyHost = "path-only.invalid";

    /// <summary>
    /// The checkpoints that may get a tree (<c>checkpoints:</c>), always with "not started" and the last
    /// episode; null when every checkpoint may. Fewer trees make a smaller site: a reader between two of
    /// them is sent to the earlier one, which shows nothing past its own checkpoint.
    /// </summary>
    public IReadOnlyList<int>? Checkpoints { get; init; }

    /// <summary>Where <c>base_url</c> is written in <c>spoilergen.yml</c>; null when it is not (then it is '/').</summary>
    public Diagnostics.SourcePosition? BaseUrlPosition { get; init; }

    /// <summary>The show's accent colour, logo and hero image (<c>theme:</c>).</summary>
    public ThemeSettings Theme { get; init; } = ThemeSettings.Default;

    /// <summary>The checkpoint whose tree first shows what is revealed at <paramref name="level"/>.</summary>
    public int TreeLevelFor(int level) => Checkpoints is null || level == 0 ? level : Checkpoints.First(checkpoint => checkpoint >= level);

    /// <summary>The theme's words in the site's language (<c>language:</c> and <c>i18n/LANG.yml</c>).</summary>
    public LanguageTable Words { get; init; } = BuiltInLanguageTables.English;

    /// <summary>Raw HTML and the lints' allowed names (<c>markup:</c>, <c>check:</c>).</summary>
    public AuthoringSettings Authoring { get; init; } = AuthoringSettings.Default;

    /// <summary>
    /// The folder of this language's trees and chooser in the output, ending in '/': empty for the default
    /// language (today's paths), <c>ko/</c> for another, as Hugo writes them with <c>defaultContentLanguageInSubdir: false</c>.
    /// </summary>
    public string LanguageFolder { get; init; } = "";

    /// <summary>The site in each of its other languages (<c>languages:</c> after the first), each a config of its own; empty for one language.</summary>
    public IReadOnlyList<SiteConfig> Translations { get; init; } = [];

    /// <summary>This config (the default language) and then each translation's.</summary>
    public IEnumerable<SiteConfig> AllLanguages => Translations.Prepend(this);

    /// <summary>Whether the site's public address is known, so absolute URLs (feeds, sitemaps, previews) can be written.</summary>
    public bool HasPublicAddress => BaseUrl.Host != PathOnlyHost;
}
