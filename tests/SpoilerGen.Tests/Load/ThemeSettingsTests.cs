using SpoilerGen.Diagnostics;
using SpoilerGen.Render;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Load;

/// <summary><c>theme:</c> in the config and a page's <c>image:</c>: each wrong value is an error at its line and column.</summary>
public sealed class ThemeSettingsTests
{
    private const string Series = "series:\n  title: S\n  seasons:\n    - episodes: [{id: s01e01}, {id: s01e02}]\n";

    private static (IReadOnlyList<Diagnostic> Diagnostics, TestSite Site) Build(string theme, string page = "title: Home")
    {
        var site = new TestSite().WriteFile("spoilergen.yml", $"title: T\nbase_url: https://example.org/guide/\n{theme}{Series}")
            .WriteFile("static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .WritePage("_index.md", page, "Hi.");
        return (site.Build().Diagnostics, site);
    }

    [Theory]
    [InlineData("theme:\n  accent: red\n", DiagnosticCodes.ThemeAccentInvalid, 4, 11)]
    [InlineData("theme:\n  accent: \"#12345\"\n", DiagnosticCodes.ThemeAccentInvalid, 4, 11)]
    [InlineData("theme:\n  logo: https://cdn.example.org/logo.svg\n", DiagnosticCodes.ThemeImageInvalid, 4, 9)]
    [InlineData("theme:\n  logo: ../secrets/logo.svg\n", DiagnosticCodes.ThemeImageInvalid, 4, 9)]
    [InlineData("theme:\n  hero: images/logo.txt\n", DiagnosticCodes.ThemeImageInvalid, 4, 9)]
    [InlineData("theme:\n  hero: images/hero.jpg\n", DiagnosticCodes.ThemeImageMissing, 4, 9)]
    [InlineData("theme:\n  acent: \"#e11d48\"\n", DiagnosticCodes.ConfigInvalid, 4, 3)]
    [InlineData("theme: dark\n", DiagnosticCodes.ConfigInvalid, 3, 8)]
    public void A_wrong_theme_value_is_an_error_at_its_position(string theme, string code, int line, int column)
    {
        var (diagnostics, site) = Build(theme);
        using (site)
        {
            var error = Assert.Single(diagnostics);
            Assert.Equal((code, line, column), (error.Code, error.Position.Line, error.Position.Column));
            Assert.False(site.Exists("index.html"), "a failed build publishes nothing");
        }
    }

    [Fact]
    public void The_accent_logo_and_hero_reach_every_page()
    {
        var (diagnostics, site) = Build("theme: { accent: \"#e11d48\", logo: images/logo.svg, hero: /images/logo.svg }\n");
        using (site)
        {
            Assert.Empty(diagnostics);
            var home = site.Read("start/index.html");
            Assert.Contains("<img src=\"/guide/images/logo.svg\" alt=\"\" class=\"logo\">", home);
            Assert.Contains("<img class=\"hero\" src=\"/guide/images/logo.svg\" alt=\"\">", home);
            Assert.Contains("--brand:#e11d48;", home);
            Assert.Contains("<img class=\"hero\"", site.Read("index.html"));
        }
    }

    [Theory]
    [InlineData("title: Home\nimage: https://cdn.example.org/a.png", 3, 8)]
    [InlineData("title: Home\nimage:\n  start: /images/logo.svg\n  s01e02: ../b.png", 5, 11)]
    public void A_page_image_outside_static_is_an_error_at_its_value(string frontMatter, int line, int column)
    {
        var (diagnostics, site) = Build("", frontMatter);
        using (site)
        {
            var error = Assert.Single(diagnostics);
            Assert.Equal((DiagnosticCodes.PageImageInvalid, line, column), (error.Code, error.Position.Line, error.Position.Column));
        }
    }

    [Theory]
    [InlineData("title: Home\nimage: /images/nam-ra.png", 3, 8)]
    [InlineData("title: Home\nimage: images/Logo.svg", 3, 8)]
    [InlineData("title: Home\nimage:\n  start: /images/logo.svg\n  s01e02: /images/nam-ra-turned.png", 5, 11)]
    public void A_page_image_that_names_no_file_in_static_is_an_error_at_its_value(string frontMatter, int line, int column)
    {
        var (diagnostics, site) = Build("", frontMatter);
        using (site)
        {
            var error = Assert.Single(diagnostics);
            Assert.Equal((DiagnosticCodes.PageImageMissing, line, column), (error.Code, error.Position.Line, error.Position.Column));
            Assert.Contains("static/images/", error.Message);
            Assert.False(site.Exists("index.html"), "a failed build publishes nothing");
        }
    }

    [Fact]
    public void A_page_image_in_static_builds_and_a_draft_left_out_is_not_checked()
    {
        using var site = new TestSite().WriteFile("spoilergen.yml", $"title: T\nbase_url: https://example.org/guide/\n{Series}")
            .WriteFile("static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .WritePage("_index.md", "title: Home\nimage: /images/logo.svg", "Hi.")
            .WritePage("wip.md", "title: Later\ndraft: true\nimage: /images/not-drawn-yet.png", "Soon.");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/guide/images/logo.svg\">", site.Read("start/index.html"));
    }

    [Theory]
    [InlineData("#e11d48")]
    [InlineData("#ffe600")]
    [InlineData("#1e3a8a")]
    [InlineData("#888")]
    public void An_accent_of_any_lightness_gives_links_of_4_5_to_1_in_both_schemes(string accent)
    {
        var css = AccentPalette.Css(accent)!;
        var links = System.Text.RegularExpressions.Regex.Matches(css, "--link:(#[0-9a-f]{6})").Select(m => AccentPalette.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(2, links.Count);
        foreach (var background in new[] { "#ffffff", "#f3f4f6", "#fff5d1" }) Assert.True(AccentPalette.Contrast(links[0], AccentPalette.Parse(background)) >= 4.5, $"light link on {background}");
        foreach (var background in new[] { "#15171b", "#1f2227", "#2a2413" }) Assert.True(AccentPalette.Contrast(links[1], AccentPalette.Parse(background)) >= 4.5, $"dark link on {background}");
    }
}
