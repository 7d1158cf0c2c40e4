using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Accessibility;

/// <summary>axe finds no WCAG 2.0/2.1/2.2 A or AA violation (2.2's target size included) on any page of the example guide, in any tree, light or dark.</summary>
[Collection(GuideCollection.Name)]
public sealed class AccessibilityTests(GuideFixture guide, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task No_page_in_any_tree_has_an_axe_violation_in_the_light_or_the_dark_scheme() =>
        await AxeAudit.AssertNoViolationAsync(guide, output);
}
