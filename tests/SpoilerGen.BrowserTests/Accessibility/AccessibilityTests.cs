using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>axe finds no WCAG 2.0/2.1/2.2 A or AA violation (2.2's target size included) on any page of the example guide, in any tree, light or dark.</summary>
[Collection(GuideCollection.Name)]
public sealed class AccessibilityTests(GuideFixture guide, ITestOutputHelper output)
{
    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task No_page_in_any_tree_has_an_axe_violation(string scheme)
    {
        var violations = await AxeAudit.FindViolationsAsync(guide, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        output.WriteLine($"{guide.Site.Pages.Count} pages checked by axe ({scheme} scheme)");
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations ({scheme}):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
