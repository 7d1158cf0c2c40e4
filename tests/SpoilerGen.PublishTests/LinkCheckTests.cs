using SpoilerGen.Build;
using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.PublishTests;

/// <summary>
/// Replays the Pages workflow: builds the example site with the base URL GitHub Pages would give,
/// serves the output under that URL's path from a real local server, and follows every link.
/// </summary>
public sealed class LinkCheckTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("https://example.github.io/guide/")] // a project site: https://OWNER.github.io/REPOSITORY/
    [InlineData("https://example.github.io/")] // a user site, or a custom domain at its root
    public async Task Every_reference_of_every_page_resolves_under_the_base_path(string baseUrl)
    {
        using var site = new TemporaryFolder("links");
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.ExampleSite, site.Path, baseUrl));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var publicBase = new Uri(baseUrl);
        var basePath = publicBase.AbsolutePath;
        await using var server = await StaticSiteServer.StartAsync(site.Path, basePath);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        // GitHub Pages serves 404.html for every missing URL: a reader can land on it from anywhere.
        // robots.txt is read by search engines at a fixed address, and announces the sitemaps.
        var seeds = new List<Uri> { publicBase };
        foreach (var entryPoint in new[] { "404.html", "robots.txt" })
        {
            if (File.Exists(Path.Combine(site.Path, entryPoint))) seeds.Add(new Uri(publicBase, entryPoint));
        }
        var report = await new SiteCrawler(client, publicBase, server.Origin).CrawlAsync(seeds);

        output.WriteLine($"{baseUrl}: fetched {report.FetchedPaths.Count} paths, followed {report.InternalReferenceCount} internal and {report.ExternalReferenceCount} external references");
        foreach (var path in report.FetchedPaths.Order()) output.WriteLine($"  {path}");
        Assert.True(report.Problems.Count == 0,
            $"{report.Problems.Count} broken or escaping reference(s) under {baseUrl}:\n{string.Join('\n', report.Problems)}");
        Assert.True(report.InternalReferenceCount > 0, "the crawl followed no internal reference");

        var reached = report.FetchedPaths.Select(OutputPages.Normalize).ToHashSet(StringComparer.Ordinal);
        var orphans = OutputPages.ServedPaths(site.Path, basePath).Where(path => !reached.Contains(path)).Order().ToList();
        Assert.True(orphans.Count == 0, $"pages that no link reaches from {basePath}:\n{string.Join('\n', orphans)}");
    }
}
