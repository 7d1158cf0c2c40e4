using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Render;

/// <summary>
/// Every URL the site writes, as a path from the domain's root that starts with the base path, so the
/// site works under a project path such as <c>/my-guide/</c> as well as at a domain's root.
/// </summary>
public sealed class SiteUrls(SiteConfig config)
{
    public string BasePath => config.BasePath;

    /// <summary>The root of the language's site: its chooser, at the base path for the default language and under its folder (<c>ko/</c>) for another.</summary>
    public string Root => BasePath + config.LanguageFolder;

    /// <summary>A page of another language of the site (or of this one) in the tree of the same checkpoint.</summary>
    public string Translation(TranslatedLanguage language, Tree tree, string pageKey) => BasePath + language.Folder + tree.LocalPath + pageKey;

    public string Asset(string name) => $"{BasePath}assets/{name}";

    public string Tree(Tree tree) => BasePath + tree.Path;

    public string Page(Tree tree, SitePage page) => BasePath + tree.Path + page.Key;

    /// <summary>An absolute URL, for what leaves the site: feeds, sitemaps, share previews, canonical links.</summary>
    /// <remarks>
    /// Where the config gives only a path, the public address is unknown: the path is the best there is. Written as the
    /// base URL's origin (ASCII: an international host is in punycode) and the path as every link of the site writes it;
    /// <see cref="Uri.ToString"/> would turn the base path's percent-encoding back into raw letters.
    /// </remarks>
    public string Absolute(string sitePath) =>
        !config.HasPublicAddress ? sitePath
        : sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal) ? config.BaseUrl.GetLeftPart(UriPartial.Authority) + sitePath
        : new Uri(config.BaseUrl, sitePath).AbsoluteUri;

    /// <summary>The output file of a page: folder/index.html, for pretty URLs.</summary>
    public static string PageFile(Tree tree, SitePage page) => tree.Path + page.Key + "index.html";

    /// <summary>A site-rooted path from the content (<c>/images/x.png</c>) gets the base path, its dot segments resolved first.</summary>
    public string SiteRooted(string url) =>
        SiteRootedPath.IsSiteRooted(url) ? BasePath + SiteRootedPath.Resolve(url).Path : url;
}
