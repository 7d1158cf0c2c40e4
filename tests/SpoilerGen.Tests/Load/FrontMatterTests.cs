using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;

namespace SpoilerGen.Tests.Load;

/// <summary>Front matter as authors write it: progressive values, levels, and errors at their own positions.</summary>
public sealed class FrontMatterTests
{
    private static readonly Timeline Timeline = new(Enumerable.Range(1, 12).Select(i => new Episode($"s01e{i:00}", 1, i, null)));

    private static (FrontMatter FrontMatter, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split(yaml);
        var frontMatter = new FrontMatterParser(Timeline, diagnostics).Parse("page.md", parts.FrontMatter, parts.FrontMatterLineOffset);
        return (frontMatter, diagnostics.ToSortedList());
    }

    [Fact]
    public void A_progressive_title_shows_the_latest_value_the_reader_has_reached()
    {
        var (frontMatter, diagnostics) = Parse("""
            ---
            title:
              start: The class president
              s01e09: Nam-ra, the half-zombie
            ---
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("The class president", frontMatter.Title!.At(0));
        Assert.Equal("The class president", frontMatter.Title.At(8));
        Assert.Equal("Nam-ra, the half-zombie", frontMatter.Title.At(9));
        Assert.Equal([0, 9], frontMatter.Title.Levels);
    }

    [Fact]
    public void Page_level_and_tags_resolve_episode_ids()
    {
        var (frontMatter, diagnostics) = Parse("""
            ---
            title: T
            spoiler: s01e03
            tags: [students, { name: half-zombie, spoiler: s01e09 }]
            weight: 4
            draft: true
            ---
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(3, frontMatter.Level);
        Assert.Equal([new TagReference("students", 0), new TagReference("half-zombie", 9)], frontMatter.Tags.AsEnumerable());
        Assert.Equal(4, frontMatter.Weight);
        Assert.True(frontMatter.Draft);
    }

    [Fact]
    public void Every_wrong_value_is_reported_at_its_own_line_and_column()
    {
        var (_, diagnostics) = Parse("""
            ---
            title:
              start: Fine
              s01e99: Not an episode
            spoiler: s07e01
            weight: heavy
            ---
            """);

        Assert.Equal(
            [
                "page.md(4,3): error SG0103: unknown episode 's01e99'; episodes run from 's01e01' to 's01e12'",
                "page.md(5,10): error SG0103: unknown episode 's07e01'; episodes run from 's01e01' to 's01e12'",
                "page.md(6,9): error SG0102: weight must be a whole number",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_yaml_syntax_error_points_into_the_file()
    {
        var (_, diagnostics) = Parse("---\ntitle: [unclosed\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterSyntax, error.Code);
        Assert.True(error.Position.Line >= 2, error.ToString());
    }
}
