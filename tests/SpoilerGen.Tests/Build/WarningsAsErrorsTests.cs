using SpoilerGen.Build;
using SpoilerGen.Tests.Support;
using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Build;

/// <summary>
/// <c>build --warnings-as-errors</c> fails on every warning, whichever stage made it. Warnings made while a file is
/// parsed (an unclosed spoiler block, raw HTML repeating a heading's id) were once left warnings by a first build, and
/// became errors only when a later build replayed them from its cache (attack 7, #01).
/// </summary>
public sealed class WarningsAsErrorsTests
{
    [Theory]
    [InlineData("Open.\n\n::: spoiler s01e02\nLater.\n", UnclosedSpoilerBlock)]
    [InlineData("## Her death\n\nText <a id=\"her-death\"></a> here.\n", RawHtmlIdIsHeadingId)]
    public void A_warning_made_while_a_file_is_parsed_fails_a_first_build_and_a_later_one(string body, string code)
    {
        using var site = new TestSite(episodeCount: 2, rawHtml: true).WritePage("a.md", "title: A", body);
        var relaxed = site.Build();
        Assert.True(relaxed.Succeeded, string.Join("\n", relaxed.Diagnostics));
        Assert.Contains(relaxed.Diagnostics, d => d.Code == code && !d.IsError);
        Directory.Delete(site.Output, recursive: true);

        var first = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, WarningsAsErrors: true));
        site.Build();
        var later = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, WarningsAsErrors: true));

        Assert.False(first.Succeeded);
        Assert.Contains(first.Diagnostics, d => d.Code == code && d.IsError);
        Assert.False(later.Succeeded);
        Assert.Contains(later.Diagnostics, d => d.Code == code && d.IsError);
    }
}
