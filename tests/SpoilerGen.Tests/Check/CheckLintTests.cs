using SpoilerGen.Build;
using SpoilerGen.Check;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Check;

/// <summary>The lints of <c>spoilergen check</c> on the corpus: each case gives exactly its diagnostics, at their positions.</summary>
public sealed class CheckLintTests
{
    public static TheoryData<string> CaseNames => [.. CheckCorpus.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_case_gives_exactly_its_diagnostics(string name)
    {
        var sample = CheckCorpus.Cases.Single(c => c.Name == name);
        using var site = new TestSite(episodeCount: 12);
        site.WriteFile("static/images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        foreach (var (path, frontMatter, body) in sample.Pages) site.WritePage(path, frontMatter, body);

        var result = SiteChecker.Check(new BuildOptions(site.Root));

        var found = result.Diagnostics
            .Where(d => d.Code is "SG0601" or "SG0602")
            .Select(d => $"{d.Code} {Path.GetRelativePath(site.Root, d.Position.Path).Replace('\\', '/')}({d.Position.Line},{d.Position.Column})");
        Assert.Equal(sample.Expected, found);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void An_unmarked_spoiler_warning_names_both_positions_and_the_markup_to_write()
    {
        using var site = new TestSite(episodeCount: 12);
        site.WritePage("_index.md", "title: Home", "Gwi-nam waits on the roof.")
            .WritePage("a.md", "title: A", "Nam-ra is here.\n[Then Gwi-nam bites her.]{spoiler=s01e05}");

        var warning = Assert.Single(SiteChecker.Check(new BuildOptions(site.Root)).Diagnostics);

        Assert.Equal(
            $"'Gwi-nam' is shown here from Not started, but {Path.Combine(site.Root, "content", "a.md")}(5,7) marks it as a spoiler of Episode 5; " +
            "if it gives something away, mark it here too, e.g. [Gwi-nam]{spoiler=s01e05}",
            warning.Message);
    }

    [Fact]
    public void A_folder_link_warning_names_the_Markdown_file_to_link_to()
    {
        using var site = new TestSite(episodeCount: 2);
        site.WritePage("_index.md", "title: Home", "Hi.")
            .WritePage("characters/a.md", "title: A", "See [the episodes](../episodes/).")
            .WritePage("episodes/_index.md", "title: Episodes", "All.");

        var warning = Assert.Single(SiteChecker.Check(new BuildOptions(site.Root)).Diagnostics);

        Assert.Contains("link to '../episodes/' is a folder or URL inside the site", warning.Message);
        Assert.EndsWith("link to '../episodes/_index.md' instead", warning.Message);
    }

    [Fact]
    public void Check_finds_what_build_finds_and_writes_nothing()
    {
        using var site = new TestSite(episodeCount: 2);
        site.WritePage("_index.md", "title: Home", "[Later](a.md)")
            .WritePage("a.md", "title: A\nspoiler: s01e02", "x")
            .WritePage("b.md", "title: B\nspoiler: s09e01", "x");

        var check = SiteChecker.Check(new BuildOptions(site.Root, site.Output));
        var build = site.Build();

        Assert.Equal(build.Diagnostics, check.Diagnostics);
        Assert.Contains(check.Diagnostics, d => d.Code == "SG0103");
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "public")));
    }

    [Fact]
    public void A_template_error_is_found_by_check_as_by_build()
    {
        using var site = new TestSite(episodeCount: 2);
        site.WritePage("_index.md", "title: Home", "Hi.").WriteFile("templates/home.html", "<p>{{ site.titel }}</p>");

        var check = SiteChecker.Check(new BuildOptions(site.Root));

        var error = Assert.Single(check.Diagnostics);
        Assert.Equal("SG0402", error.Code);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "public")));
    }

    [Fact]
    public void The_example_guide_gives_no_lint_warning()
    {
        var result = SiteChecker.Check(new BuildOptions(Testing.RepositoryPaths.ExampleSite));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SG0601" or "SG0602");
        Assert.Equal(0, result.ErrorCount);
    }
}
