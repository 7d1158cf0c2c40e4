using System.Diagnostics;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;
using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A base URL is used as the author wrote it, or refused at its place. Before, <c>base_url: '/%2e%2e/'</c> was read as
/// <c>/</c> (the URL parser decoded the dots and dropped the segment), and serve printed a base URL with a space raw.
/// </summary>
public sealed class BaseUrlTests
{
    [Theory]
    [InlineData("'/%2e%2e/'")]
    [InlineData("'/guide/%2E%2e/'")]
    [InlineData("'/%2e/'")]
    [InlineData("'https://example.org/%2e%2E/guide/'")]
    [InlineData("'/a%2fb/'")]
    [InlineData("'/a%5Cb/'")]
    public void An_encoded_dot_segment_or_slash_in_base_url_is_refused_at_its_place(string baseUrl)
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: baseUrl);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(ConfigInvalid, error.Code);
        Assert.Equal((2, 11), (error.Position.Line, error.Position.Column));
        Assert.Contains("percent-encoded", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Encoded_characters_that_are_not_separators_are_kept()
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: "'/my%20guide/'").WritePage("a.md", "title: A", "Text.");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("/my%20guide/", site.Read("start/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_prints_a_base_url_with_a_space_percent_encoded()
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: "'/my guide/'").WritePage("a.md", "title: A", "Text.");
        var start = SpoilerGenCommand.StartInfo(["serve", site.Root]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        try
        {
            string? url = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (!line.StartsWith("Serving at ", StringComparison.Ordinal)) continue;
                url = line["Serving at ".Length..];
                break;
            }

            Assert.NotNull(url);
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/my%20guide/$", url);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
    /// <summary>
    /// Before, every page of a guide served under a base path with a space (or any letter a URL escapes) was 404:
    /// the request's path came decoded ('/my guide/start/a/') and was compared with the escaped base path.
    /// </summary>
    [Theory]
    [InlineData("/my guide/", "/my%20guide/")]
    [InlineData("/guía/", "/gu%C3%ADa/")]
    public async Task Serve_answers_under_a_base_path_that_a_url_escapes(string baseUrl, string escaped)
    {
        using var site = new TestSite(episodeCount: 2).WritePage("a.md", "title: A", "Text of A.");
        await using var serve = await SpoilerGen.Tests.Serve.RunningServer.StartOnAsync(site.Root, baseUrl);

        var (status, text, _) = await serve.GetAsync(escaped + "start/a/");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Contains("Text of A.", text);

        var (folderStatus, _, folder) = await serve.GetAsync(escaped + "start/a");
        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, folderStatus);
        Assert.Equal(escaped + "start/a/", folder.Headers.Location?.OriginalString);

        var (rootStatus, _, root) = await serve.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.Found, rootStatus);
        Assert.Equal(escaped, root.Headers.Location?.OriginalString);
    }

    /// <summary>
    /// An IRI base URL is written as a URI everywhere, as Hugo writes it: the host in punycode, the path percent-encoded
    /// in UTF-8. Before, the links' paths were encoded and the absolute URLs (feed, sitemap, robots.txt, canonical, share
    /// previews, the theme's base_url) held the raw letters.
    /// </summary>
    [Theory]
    [InlineData("https://exämple.org/guïde/", "https://xn--exmple-cua.org/gu%C3%AFde/", null)]
    [InlineData("https://EXÄMPLE.org:8443/g/", "https://xn--exmple-cua.org:8443/g/", null)]
    [InlineData("https://example.org/guide/", "https://example.org/guide/", "https://exämple.org/guïde/")]
    [InlineData("https://例え.テスト/ガイド/", "https://xn--r8jz45g.xn--zckzah/%E3%82%AC%E3%82%A4%E3%83%89/", null)]
    public void An_international_base_url_is_written_as_a_uri_in_every_file(string configured, string uri, string? option)
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: $"'{configured}'").WritePage("a.md", "title: A\nsummary: About A", "Text.");
        site.WriteFile("templates/partials/footer.html", "<footer data-base=\"{{ site.base_url }}\"></footer>\n");

        var result = site.Build(baseUrl: option);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var written = option is null ? uri : "https://xn--exmple-cua.org/gu%C3%AFde/";
        var files = site.FilesUnder().ToList();
        Assert.DoesNotContain(files, file => file.Text.Contains("ämple", StringComparison.Ordinal) || file.Text.Contains("guïde", StringComparison.Ordinal) || file.Text.Contains("例え", StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {written}sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
        Assert.Contains($"<loc>{written}start/a/</loc>", site.Read("start/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{written}start/feed.xml\"", site.Read("start/feed.xml"), StringComparison.Ordinal);
        var page = site.Read("s01e01/a/index.html");
        Assert.Contains($"<link rel=\"canonical\" href=\"{written}start/a/\"", page, StringComparison.Ordinal);
        Assert.Contains($"content=\"{written}start/a/\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-base=\"{written}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{new Uri(written).AbsolutePath}start/a/\"", site.Read("start/index.html"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A host that ICU would map and invariant globalization (the tool's) would not is refused, so that the site's URLs
    /// are the same however .NET is run.
    /// </summary>
    [Theory]
    [InlineData("https://exa\u0308mple.org/g/", "two characters")]
    [InlineData("https://\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.org/g/", "full-width")]
    public void A_host_not_in_the_form_browsers_show_is_refused_at_its_place(string baseUrl, string reason)
    {
        using var site = new TestSite(episodeCount: 2, baseUrl: $"'{baseUrl}'");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(ConfigInvalid, error.Code);
        Assert.Equal((2, 11), (error.Position.Line, error.Position.Column));
        Assert.Contains(reason, error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
