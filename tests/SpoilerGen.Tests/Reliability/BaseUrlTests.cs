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
}
