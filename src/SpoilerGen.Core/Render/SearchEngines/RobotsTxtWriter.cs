using SpoilerGen.Render.Output;

namespace SpoilerGen.Render.SearchEngines;

/// <summary>
/// Writes <c>robots.txt</c>. Crawlers read it only at a domain's root, so under a project path it is
/// advisory; the canonical links and <c>noindex</c> tags on every page do the real work.
/// </summary>
public static class RobotsTxtWriter
{
    public const string FileName = "robots.txt";

    public static TextOutputFile Write(SiteUrls urls) =>
        new(FileName, $"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(urls.Root + SitemapWriter.FileName)}\n");
}
