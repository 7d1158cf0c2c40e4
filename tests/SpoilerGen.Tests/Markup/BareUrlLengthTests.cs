using SpoilerGen.Markup.Syntax;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>
/// A bare URL is a link up to <see cref="WindowedAutoLinkParser.UrlWindow"/> characters and text beyond: the window
/// that keeps a word of URLs from being read again from each of them (attack 8, #04) leaves real URLs as Markdig makes them.
/// </summary>
public sealed class BareUrlLengthTests
{
    [Theory]
    [InlineData(WindowedAutoLinkParser.UrlWindow, true)]
    [InlineData(WindowedAutoLinkParser.UrlWindow + 1, false)]
    public void A_bare_url_is_a_link_up_to_the_window(int length, bool linked)
    {
        var url = "https://example.org/" + new string('a', length - "https://example.org/".Length);
        using var site = new TestSite(episodeCount: 2).WritePage("page.md", "title: Page", $"See {url} and (https://example.org/x).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("start/page/index.html");
        Assert.Equal(linked, page.Contains($"<a href=\"{url}\">{url}</a>", StringComparison.Ordinal));
        Assert.Contains(url, page, StringComparison.Ordinal);
        Assert.Contains("(<a href=\"https://example.org/x\">https://example.org/x</a>)", page, StringComparison.Ordinal);
    }
}
