using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// The templates' <c>regex</c> functions and <c>html.strip</c> give Scriban's results, on an engine whose time does not
/// depend on the pattern's backtracking: what a template prints is the same on a busy machine as on an idle one.
/// </summary>
public sealed class TemplateRegexTests
{
    [Theory]
    [InlineData("{{ \"2024-05-01\" | regex.match `(\\d+)-(\\d+)` | array.join \",\" }}", "2024-05,2024,05")]
    [InlineData("{{ \"a1 b22 c333\" | regex.matches `[a-z](\\d+)` | array.size }}", "3")]
    [InlineData("{{ \"Hello World\" | regex.match `world` \"i\" | array.first }}", "World")]
    [InlineData("{{ \"no digits\" | regex.match `\\d` | array.size }}", "0")]
    [InlineData("{{ \"a-b--c\" | regex.split `-+` | array.join \"|\" }}", "a|b|c")]
    [InlineData("{{ \"one two\" | regex.replace `(\\w+) (\\w+)` \"$2 $1\" }}", "two one")]
    [InlineData("{{ \"a.b\" | regex.escape }}", "a\\.b")]
    [InlineData("{{ \"line1\\nline2\" | regex.matches `^line\\d$` \"m\" | array.size }}", "2")]
    [InlineData("{{ \"<p>Hello <em>you</em></p><!-- note -->\" | html.strip }}", "Hello you")]
    public void A_function_gives_what_Scriban_gives(string template, string expected)
    {
        using var site = new TestSite(episodeCount: 1).WritePage("p.md", "title: P", "x")
            .WriteFile("templates/page.html", $"[{template}]<p>x</p>");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith($"[{expected}]", site.Read("start/p/index.html"));
    }

    [Theory]
    [InlineData("{{ \"aa\" | regex.match `(a)\\1` }}", "backreference")]
    [InlineData("{{ \"ab\" | regex.match `a(?=b)` }}", "backreference")]
    [InlineData("{{ \"ab\" | regex.match `(unclosed` }}", "not a regular expression")]
    public void A_pattern_the_engine_cannot_run_is_an_error_at_the_call(string template, string said)
    {
        using var site = new TestSite(episodeCount: 1).WritePage("p.md", "title: P", "x")
            .WriteFile("templates/page.html", $"{template}<p>x</p>");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRender, error.Code);
        Assert.Contains(said, error.Message);
        Assert.StartsWith("templates/page.html(1,", error.Position.ToString().Replace('\\', '/')[(error.Position.ToString().Replace('\\', '/').IndexOf("templates/", StringComparison.Ordinal))..]);
        Assert.False(File.Exists(Path.Combine(site.Output, "start", "p", "index.html")));
    }
}
