using SpoilerGen.Tests.Support;
using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Raw HTML that writes a heading's id is a warning at the HTML: before, <c>&lt;a id="her-death"&gt;</c> beside
/// <c>## Her death</c> built without a word, with two elements of the id <c>her-death</c> in the page.
/// </summary>
public sealed class RawHtmlIdTests
{
    [Theory]
    [InlineData("## Her death\n\nText <a id=\"her-death\"></a> here.\n", 6, 6)]
    [InlineData("<div id='her-death'>Box</div>\n\n## Her death\n", 4, 1)]
    public void Raw_html_with_the_id_of_a_heading_is_a_warning_at_the_html(string body, int line, int column)
    {
        using var site = new TestSite(episodeCount: 2, rawHtml: true).WritePage("a.md", "title: A", body);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == RawHtmlIdIsHeadingId);
        Assert.False(warning.IsError);
        Assert.Equal((line, column), (warning.Position.Line, warning.Position.Column));
        Assert.Contains("'her-death'", warning.Message);
    }

    [Fact]
    public void Raw_html_with_ids_of_its_own_builds_without_a_warning()
    {
        using var site = new TestSite(episodeCount: 2, rawHtml: true).WritePage("a.md", "title: A", "## Her death\n\n<a id=\"the-fall\"></a> <span name=\"x\">y</span>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == RawHtmlIdIsHeadingId);
    }
}
