using SpoilerGen.Load;
using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>
/// Every URL the site writes, as a path from the domain's root that starts with the base path, so the
/// site works under a project path such as <c>/my-guide/</c> as well as at a domain's root.
/// </summary>
public sealed class SiteUrls(SiteConfig config)
{
    public string BasePath => config.BasePath;

    public string Root => BasePath;

    public string Asset(string name) => $"{BasePath}assets/{name}";

    public string Tree(Tree tree) => BasePath + tree.Path;

    public string Page(Tree tree, SitePage page) => BasePath + tree.Path + page.Key;

    /// <summary>An absolute URL, for what leaves the site: feeds, sitemaps, share previews, canonical links.</summary>
    public string Absolute(string sitePath) => new Uri(config.BaseUrl, sitePath).ToString();

    /// <summary>The output file of a page: folder/index.html, for pretty URLs.</summary>
    public static string PageFile(Tree tree, SitePage page) => tree.Path + page.Key + "index.html";

    /// <summary>A site-rooted path from the content (<c>/images/x.png</c>) gets the base path.</summary>
    public string SiteRooted(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? BasePath + url.TrimStart('/') : url;
}
