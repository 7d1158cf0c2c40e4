using SpoilerGen.Testing;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The link checker itself, on a small hand-made site with one mistake of each kind: a check that
/// cannot fail would prove nothing about the real site.
/// </summary>
public sealed class SiteCrawlerTests
{
    private static readonly Uri PublicBase = new("https://example.github.io/guide/");

    [Fact]
    public async Task Reports_missing_escaping_redirected_and_dangling_fragment_references_and_orphan_pages_in_pages_and_sitemaps()
    {
        using var site = new TemporaryFolder("crawler");
        Write(site, "index.html", """
            <!DOCTYPE html><html><head>
            <link rel="stylesheet" href="/guide/style.css">
            <link rel="canonical" href="https://example.github.io/guide/">
            <meta property="og:image" content="https://example.github.io/guide/missing.png">
            <meta name="description" content="/ is not where this starts">
            </head><body id="top-of-page">
            <a href="/guide/good/">good</a>
            <a href="good/#section">relative, with a fragment that exists</a>
            <a href="/guide/good/#nowhere">fragment that does not exist</a>
            <a href="/guide/missing/">missing</a>
            <a href="/elsewhere/">outside the base path</a>
            <a href="https://example.github.io/other-project/">outside, absolute</a>
            <a href="/guide/good">no trailing slash: redirected</a>
            <a href="https://other.example/page">external</a>
            <a href="mailto:someone@example.com">mail</a>
            <img src="/guide/images/missing.svg" srcset="/guide/good.svg 1x, /guide/images/also-missing.svg 2x" alt="">
            <a href="#top-of-page">top</a>
            </body></html>
            """);
        Write(site, "good/index.html", """<!DOCTYPE html><html><body><h2 id="section">Section</h2><a href="../">up</a></body></html>""");
        Write(site, "orphan/index.html", """<!DOCTYPE html><html><body>No link reaches me.</body></html>""");
        Write(site, "404.html", """<!DOCTYPE html><html><body><a href="good/">relative: breaks at depth</a><a href="/guide/">home</a></body></html>""");
        Write(site, "style.css", "body { color: black; }");
        Write(site, "robots.txt", "User-agent: *\nSitemap: https://example.github.io/guide/sitemap.xml\n");
        Write(site, "sitemap.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.github.io/guide/good/</loc></url>
              <url><loc>https://example.github.io/guide/gone/</loc></url>
            </urlset>
            """);
        Write(site, "good.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        await using var server = await StaticSiteServer.StartAsync(site.Path, PublicBase.AbsolutePath);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false });
        var report = await new SiteCrawler(client, PublicBase, server.Origin)
            .CrawlAsync([PublicBase, new Uri(PublicBase, "404.html"), new Uri(PublicBase, "robots.txt")]);

        var problems = report.Problems.Select(problem => problem.ToString()).ToList();
        var expected = new[]
        {
            "/guide/missing/", "missing.png", "images/missing.svg", "images/also-missing.svg",
            "outside /guide/ (to /elsewhere/)", "outside /guide/ (to /other-project/)",
            "answered 301", "no element with id 'nowhere'", "relative reference in the 404 page", "/guide/gone/",
        };
        foreach (var fragment in expected)
        {
            Assert.True(problems.Count(problem => problem.Contains(fragment, StringComparison.Ordinal)) == 1,
                $"expected one problem mentioning '{fragment}', got:\n{string.Join('\n', problems)}");
        }
        Assert.True(expected.Length == problems.Count, $"expected {expected.Length} problems, got:\n{string.Join('\n', problems)}");
        Assert.Equal(1, report.ExternalReferenceCount);

        var reached = report.FetchedPaths.Select(OutputPages.Normalize).ToHashSet();
        var orphans = OutputPages.ServedPaths(site.Path, PublicBase.AbsolutePath).Where(path => !reached.Contains(path)).ToList();
        Assert.Equal(["/guide/orphan/"], orphans);
    }

    private static void Write(TemporaryFolder site, string relativePath, string content)
    {
        var path = site.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
