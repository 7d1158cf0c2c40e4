using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Output;

/// <summary>Every page of the built example guide passes html-validate's recommended rules (.htmlvalidate.json at the repository root).</summary>
[Collection(GuideCollection.Name)]
public sealed class HtmlValidationTests(GuideFixture guide, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_passes_html_validate_recommended()
    {
        var htmlValidate = new NodeTool(guide.RepositoryFolder, "html-validate");

        // Given a folder, html-validate checks every .html file below it.
        var (exitCode, messages) = await htmlValidate.RunAsync(
            "--config", Path.Combine(guide.RepositoryFolder, ".htmlvalidate.json"),
            "--formatter", "stylish",
            "--max-warnings", "0",
            guide.Site.Folder);

        output.WriteLine($"html-validate checked {guide.Site.Pages.Count} pages: exit {exitCode}");
        Assert.True(exitCode == 0, $"html-validate failed (exit {exitCode}):{Environment.NewLine}{messages}");
    }
}
