using SpoilerGen.Diagnostics;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Build;

/// <summary>What a build does with small sites written for one behaviour each: trees, links, errors, output.</summary>
public sealed class BuildBehaviourTests
{
    [Fact]
    public void Every_checkpoint_gets_a_tree_even_where_nothing_changes_so_the_trees_tell_nothing_of_later_content()
    {
        using var site = new TestSite(episodeCount: 6)
            .WritePage("_index.md", "title: Home", "Welcome.\n\n::: spoiler s01e03\nA twist.\n:::\n");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(7, result.TreeCount);
        var levels = site.Read("levels.json");
        Assert.Contains("\"index\": 2,\n    \"episode\": \"s01e02\",\n    \"path\": \"s01e02/\"", levels);
        Assert.Contains("\"index\": 6,\n    \"episode\": \"s01e06\",\n    \"path\": \"s01e06/\"", levels);
        Assert.DoesNotContain("twist", site.Read("s01e02/index.html"));
        Assert.DoesNotContain("twist", site.Read("start/index.html"));
        Assert.Contains("A twist.", site.Read("s01e03/index.html"));
    }

    [Fact]
    public void An_episode_title_is_shown_only_from_that_episode_on()
    {
        using var site = new TestSite(episodeCount: 3, episodeTitle: i => i == 2 ? "The Betrayal" : null)
            .WritePage("_index.md", "title: Home", "Welcome.");
        Assert.True(site.Build().Succeeded);

        Assert.DoesNotContain("Betrayal", site.Read("start/index.html"));
        Assert.DoesNotContain("Betrayal", site.Read("index.html"));
        Assert.DoesNotContain("Betrayal", site.Read("levels.json"));
        Assert.Contains("Episode 2: The Betrayal", site.Read("s01e02/index.html"));
    }

    [Fact]
    public void Links_resolve_to_the_same_tree_and_drop_where_the_target_does_not_exist_yet()
    {
        using var site = new TestSite(episodeCount: 4)
            .WritePage("_index.md", "title: Home", "Read about [the ending](ending.md).")
            .WritePage("ending.md", "title: The ending\nspoiler: s01e04", "It ends.");
        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LinkTargetNotYetShown, warning.Code);
        Assert.EndsWith("_index.md(4,12)", warning.Position.ToString());
        Assert.Contains("<p>Read about the ending.</p>", site.Read("start/index.html"));
        Assert.Contains("<a href=\"/guide/s01e04/ending/\">the ending</a>", site.Read("s01e04/index.html"));
        Assert.False(site.Exists("start/ending/index.html"));
    }

    [Fact]
    public void Every_error_of_a_run_is_reported_and_the_previous_output_is_left_exactly_as_it_was()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("_index.md", "title: Home", "Fine.");
        Assert.True(site.Build().Succeeded);
        var before = site.FilesUnder().ToDictionary(f => f.Path, f => f.Text);

        site.WritePage("a.md", "title: A\nspoiler: s09e09", "x")
            .WritePage("b.md", "title: B", "::: spoiler nope\nx\n:::\n[dead](missing.md)");
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(["SG0103", "SG0103", "SG0301"], failed.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        Assert.Equal(before, site.FilesUnder().ToDictionary(f => f.Path, f => f.Text));
    }

    [Fact]
    public void A_missing_title_and_a_title_that_starts_too_late_are_errors()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("a.md", "weight: 1", "No title.")
            .WritePage("b.md", "title:\n  s01e02: Late", "Title comes late.");
        var result = site.Build();

        Assert.Equal([DiagnosticCodes.MissingTitle, DiagnosticCodes.MissingTitle], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Front_matter_that_is_not_yaml_reports_its_syntax_error_and_nothing_that_follows_from_it()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("a.md", "title: [unclosed", "Body.");
        var result = site.Build();

        Assert.Equal([DiagnosticCodes.FrontMatterSyntax], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Content_marked_with_an_unknown_episode_causes_no_warnings_of_its_own()
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("a.md", "title: A", "## Late {spoiler=s09e01}\n\nSee [b](b.md).")
            .WritePage("b.md", "title: B\nspoiler: s01e02", "B.");
        var result = site.Build();

        Assert.Equal([DiagnosticCodes.UnknownEpisode], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Drafts_are_built_only_when_asked()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("draft.md", "title: Draft\ndraft: true", "Not yet.");

        site.Build();
        Assert.False(site.Exists("start/draft/index.html"));
        site.Build(drafts: true);
        Assert.True(site.Exists("start/draft/index.html"));
    }

    [Fact]
    public void Pages_in_a_section_exist_no_earlier_than_the_section()
    {
        using var site = new TestSite(episodeCount: 5)
            .WritePage("ending/_index.md", "title: The ending\nspoiler: s01e05", "All about it.")
            .WritePage("ending/rooftop.md", "title: Rooftop", "The leap.");
        Assert.True(site.Build().Succeeded);

        Assert.False(site.Exists("start/ending/rooftop/index.html"));
        Assert.True(site.Exists("s01e05/ending/rooftop/index.html"));
        Assert.DoesNotContain("Rooftop", site.Read("start/index.html"));
    }

    [Fact]
    public void Template_values_are_html_escaped()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("x.md", "title: \"<script>alert(1)</script> & co\"", "Body.");
        Assert.True(site.Build().Succeeded);

        var html = site.Read("start/x/index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public void A_base_url_with_a_project_path_prefixes_every_link_and_asset()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("_index.md", "title: Home", "![logo](/images/logo.png) [a](a.md)")
            .WritePage("a.md", "title: A", "A.")
            .WriteFile("static/images/logo.png", "GIF89a");
        Assert.True(site.Build(baseUrl: "https://me.github.io/my-guide").Succeeded);

        var html = site.Read("start/index.html");
        Assert.Contains("src=\"/my-guide/images/logo.png\"", html);
        Assert.Contains("href=\"/my-guide/start/a/\"", html);
        Assert.Contains("href=\"/my-guide/assets/style.css\"", html);
        Assert.DoesNotMatch("(href|src)=\"/(?!my-guide/)", html);
    }

    [Fact]
    public void A_site_template_overrides_the_default_theme()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("a.md", "title: A", "Body.")
            .WriteFile("templates/page.html", "<p>custom {{ page.title }}</p>");
        Assert.True(site.Build().Succeeded);

        Assert.Equal("<p>custom A</p>", site.Read("start/a/index.html"));
    }

    [Fact]
    public void A_template_error_is_reported_with_its_position()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("a.md", "title: A", "Body.")
            .WriteFile("templates/page.html", "<p>\n{{ if }}</p>");
        var result = site.Build();

        var error = result.Diagnostics.First(d => d.IsError);
        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.Equal(2, error.Position.Line);
        Assert.EndsWith("page.html", error.Position.Path);
    }

    [Theory]
    [InlineData("", "the site folder itself")]
    [InlineData("..", "holds the site folder")]
    [InlineData("content/out", "content/")]
    [InlineData("templates", "templates/")]
    public void Output_folders_that_would_damage_the_sources_are_refused(string outputInsideSite, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.Combine("site");

        Assert.Contains(expected, OutputFolderGuard.Problem(site, Path.Combine(site, outputInsideSite), force: true));
        Assert.Null(OutputFolderGuard.Problem(site, Path.Combine(site, "public"), force: false));
        Assert.Null(OutputFolderGuard.Problem(site, folder.Combine("elsewhere"), force: false));
    }
}
