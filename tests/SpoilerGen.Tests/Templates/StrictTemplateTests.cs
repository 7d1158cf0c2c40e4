using SpoilerGen.Tests.Cli;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Templates;

/// <summary>
/// Templates are strict: a name that does not exist fails the build at the template's file, line and column,
/// naming the page being rendered, instead of printing nothing into a published page.
/// </summary>
public sealed class StrictTemplateTests
{
    [Theory]
    [InlineData("<p>{{ site.titel }}</p>", 1, 12, "Cannot get member with name titel")]
    [InlineData("<main>\n<h1>{{ page.title }}</h1>\n{{ page.summry }}\n</main>", 3, 9, "Cannot get member with name summry")]
    [InlineData("{{ for t in page.tags }}{{ t.nmae }}{{ end }}\n{{ tree.lable }}", 2, 9, "Cannot get member with name lable")]
    [InlineData("<p>{{ no_such_variable }}</p>", 1, 7, "`no_such_variable` was not found")]
    public void A_misspelt_name_fails_at_the_template_position_naming_the_page(string template, int line, int column, string message)
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("_index.md", "title: Home", "Hi.")
            .WritePage("a.md", "title: A", "x")
            .WriteFile("templates/page.html", template);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SG0402", error.Code);
        Assert.EndsWith(Path.Combine("templates", "page.html"), error.Position.Path);
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        Assert.Contains(message, error.Message);
        // One page in three trees ("Not started", episode 1 and episode 2): the first in render order is named, and no later one renders.
        Assert.EndsWith($"(while rendering start/a/index.html from {Path.Combine(site.Root, "content", "a.md")})", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>
    /// Before, every page rendered the failing template and the error counted them ("and 2,999 other files"): a guide of
    /// thousands of pages rendered all of them to report one mistake. Now the first file in render order stops the render.
    /// </summary>
    [Fact]
    public void One_mistake_met_on_many_pages_is_reported_once_at_the_first_page_and_stops_the_render()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hi.").WriteFile("templates/page.html", "{{ page.titel }}");
        foreach (var name in new[] { "a", "b", "c" }) site.WritePage($"{name}.md", $"title: {name}", "x");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.EndsWith("(while rendering start/a/index.html from " + Path.Combine(site.Root, "content", "a.md") + ")", error.Message);
        Assert.DoesNotContain("other file", error.Message);
    }

    [Theory]
    [InlineData("<main>\n{{ if page.is_new }}\n<p>New</p>\n</main>\n", 2, 4, "if")]
    [InlineData("<ul>{{ for t in page.tags }}\n{{ if t.name }}x\n{{ end }}\n</ul>\n", 1, 8, "for")]
    [InlineData("{{ capture x }}\n{{ for t in page.tags }}{{ end }}\n", 1, 4, "capture")]
    [InlineData("{{ if page.is_new; 'x'; end }}\n{{ for t in page.tags\n  if t.name\n    t.name\n  end\n}}\n", 2, 4, "for")]
    public void A_missing_end_points_at_the_statement_it_should_close(string template, int line, int column, string keyword)
    {
        using var site = new TestSite(episodeCount: 2)
            .WritePage("_index.md", "title: Home", "Hi.")
            .WriteFile("templates/page.html", template);

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("SG0401", error.Code);
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        Assert.Equal($"this '{keyword}' is never closed: add {{{{ end }}}} where its body ends", error.Message);
    }

    [Fact]
    public void A_failed_build_says_the_output_was_left_as_it_was_only_when_there_was_one()
    {
        using var site = new TestSite(episodeCount: 2).WritePage("_index.md", "title: Home", "Hi.").WriteFile("templates/home.html", "{{ site.titel }}");

        var first = ToolProcess.Run("build", site.Root, "-o", site.Output);

        Assert.Equal(1, first.ExitCode);
        Assert.EndsWith("Build failed: 1 error; nothing was written.\n", first.Error);

        File.Delete(Path.Combine(site.Root, "templates", "home.html"));
        Assert.Equal(0, ToolProcess.Run("build", site.Root, "-o", site.Output).ExitCode);
        site.WriteFile("templates/home.html", "{{ site.titel }}");

        var second = ToolProcess.Run("build", site.Root, "-o", site.Output);

        Assert.Equal(1, second.ExitCode);
        Assert.EndsWith($"Build failed: 1 error; {site.Output} was left as it was.\n", second.Error);
    }
}
