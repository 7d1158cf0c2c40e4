using SpoilerGen.Tests.Support;
using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A site-rooted image or link in Markdown stays under the base path, or is refused at its place. Before,
/// <c>![x](/../../tmp/x.png)</c> under <c>/g/</c> was written as <c>/g/../../tmp/x.png</c>, which a browser reads as
/// <c>/tmp/x.png</c>, outside the site, and a missing image was published without a word (front matter's
/// <c>image:</c> is refused for both).
/// </summary>
public sealed class SiteRootedPathTests
{
    [Theory]
    [InlineData("![x](/../../tmp/x.png)", 1)]
    [InlineData("Text and ![x](/images/%2e%2e/%2E%2E/tmp/x.png)", 10)]
    [InlineData("See [the list](/a/../../etc/passwd).", 5)]
    public void A_path_that_climbs_above_the_site_root_is_refused_at_its_place(string body, int column)
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: "/g/").WritePage("a.md", "title: A", body + "\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(SiteRootedPathLeavesSite, error.Code);
        Assert.EndsWith("content/a.md", error.Position.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((4, column), (error.Position.Line, error.Position.Column));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Dot_segments_inside_the_site_are_resolved_before_the_base_path()
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: "/g/")
            .WritePage("a.md", "title: A", "![x](/images/old/../x.png) ![y](/./images/./y.png?v=2#top) [home](/start/../start/)\n")
            .WriteFile("static/images/x.png", "GIF89a").WriteFile("static/images/y.png", "GIF89a");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Read("start/a/index.html");
        Assert.Contains("src=\"/g/images/x.png\"", html);
        Assert.Contains("src=\"/g/images/y.png?v=2#top\"", html);
        Assert.Contains("href=\"/g/start/\"", html);
        Assert.DoesNotContain("images/old", html);
    }

    [Fact]
    public void A_site_rooted_image_missing_from_static_is_reported_as_image_in_front_matter_is()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("a.md", "title: A", "Here.\n\n![Nam-ra](/images/nam-ra.svg) and ![far](https://example.org/x.png) and ![near](near.png)\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(PageImageMissing, error.Code);
        Assert.Equal((6, 1), (error.Position.Line, error.Position.Column));
        Assert.Contains("static/images/nam-ra.svg", error.Message);

        site.WriteFile("static/images/nam-ra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.True(site.Build().Succeeded);
    }
}
