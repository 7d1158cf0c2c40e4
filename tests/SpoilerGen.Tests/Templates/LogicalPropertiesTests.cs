using System.Text.RegularExpressions;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// The default theme reads correctly right to left: its stylesheet places nothing by left and right, only
/// by where a line starts and ends (logical properties), which <c>dir="rtl"</c> turns around.
/// </summary>
public sealed partial class LogicalPropertiesTests
{
    [GeneratedRegex(@"(?<![-\w])(?:(?:margin|padding|border)-(?:left|right)|left|right|inset-(?:left|right))\s*:|(?:float|text-align|clear)\s*:\s*(?:left|right)", RegexOptions.IgnoreCase)]
    private static partial Regex PhysicalProperty();

    [Fact]
    public void The_stylesheet_uses_no_physical_left_or_right()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "assets", "style.css"));
        var physical = PhysicalProperty().Matches(css).Select(match => $"line {css[..match.Index].Count(c => c == '\n') + 1}: {match.Value}").ToList();
        Assert.True(physical.Count == 0, "physical properties (use margin-inline-start, inset-inline, float: inline-end ...): " + string.Join("; ", physical));
    }
}
