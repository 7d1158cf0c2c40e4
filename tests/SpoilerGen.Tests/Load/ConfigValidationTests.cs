using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Load;

/// <summary>Config values that would make the published labels or URLs wrong are errors at their line.</summary>
public sealed class ConfigValidationTests
{
    private static IReadOnlyList<Diagnostic> Build(string seasons, string baseUrl = "https://example.org/guide/")
    {
        using var site = new TestSite().WriteFile("spoilergen.yml", $"title: T\nbase_url: {baseUrl}\nseries:\n  title: S\n  seasons:\n{seasons}")
            .WritePage("_index.md", "title: Home", "Hi.");
        return site.Build().Diagnostics;
    }

    [Fact]
    public void Two_seasons_with_one_number_are_an_error_at_the_second()
    {
        var error = Assert.Single(Build("    - number: 1\n      episodes: [{id: a}]\n    - number: 1\n      episodes: [{id: b}]\n"));
        Assert.Equal((DiagnosticCodes.ConfigInvalid, 8), (error.Code, error.Position.Line));
        Assert.Contains("season 1 is listed twice", error.Message);
    }

    [Fact]
    public void A_season_without_episodes_or_with_a_number_below_1_is_an_error()
    {
        var errors = Build("    - number: 0\n      episodes: []\n");
        Assert.Equal(2, errors.Count(d => d.Code == DiagnosticCodes.ConfigInvalid));
        Assert.Contains(errors, d => d.Message.Contains("at least one episode"));
    }

    /// <summary>An explicit YAML tag in the config was dropped without a word: it is refused at the value; '!!str' is read.</summary>
    [Fact]
    public void An_explicit_yaml_tag_in_the_config_is_refused_at_its_value()
    {
        var error = Assert.Single(Build("    - number: !!str 1\n      episodes: [{id: a, title: !secret Pilot}]\n"));
        Assert.Equal((DiagnosticCodes.YamlTagNotRead, 7, 33), (error.Code, error.Position.Line, error.Position.Column));
        Assert.Equal("the YAML tag '!secret' is not read: SpoilerGen would drop it and take the value as written; remove the tag", error.Message);
    }

    [Fact]
    public void A_base_url_with_a_user_name_or_password_is_refused()
    {
        var error = Assert.Single(Build("    - episodes: [{id: a}]\n", "https://user:secret@example.org/guide/"));
        Assert.Equal(DiagnosticCodes.ConfigInvalid, error.Code);
    }

    /// <summary>
    /// A URL parser reads '\' as '/', so '/\evil.com/' was accepted and became the protocol-relative '//evil.com/'
    /// in every page's links and scripts, and serve redirected its root to that host.
    /// </summary>
    [Theory]
    [InlineData("'/\\evil.com/'")]
    [InlineData("'/\\/evil.com/'")]
    [InlineData("'https://example.org\\guide/'")]
    public void A_base_url_that_a_browser_would_read_as_another_host_is_refused(string baseUrl)
    {
        var error = Assert.Single(Build("    - episodes: [{id: a}]\n", baseUrl));
        Assert.Equal(DiagnosticCodes.ConfigInvalid, error.Code);
        Assert.Equal(2, error.Position.Line);
    }

    [Fact]
    public void The_base_url_option_refuses_a_backslash_as_the_config_does()
    {
        Assert.False(SpoilerGen.Load.ConfigLoader.TryParseBaseUrl("/\\evil.com/", out _));
        Assert.True(SpoilerGen.Load.ConfigLoader.TryParseBaseUrl("/guide/", out var url));
        Assert.Equal("/guide/", url.AbsolutePath);
    }
}
