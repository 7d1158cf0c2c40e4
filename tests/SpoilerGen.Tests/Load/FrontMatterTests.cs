using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
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

    /// <summary>Values that are what a message asks for were refused with that message (attack 9, #03): each says what is wrong.</summary>
    [Theory]
    [InlineData("date: 0001-01-01T00:00:00+14:00", "page.md(2,7): error SG0102: date '0001-01-01T00:00:00+14:00' falls outside the calendar once its offset is applied (dates run from 0001-01-01 to 9999-12-31 in UTC); write a date within it")]
    [InlineData("lastmod: 9999-12-31T23:59:59-14:00", "page.md(2,10): error SG0102: lastmod '9999-12-31T23:59:59-14:00' falls outside the calendar once its offset is applied (dates run from 0001-01-01 to 9999-12-31 in UTC); write a date within it")]
    [InlineData("date: yesterday", "page.md(2,7): error SG0102: date must be a date, as in 'date: 2024-05-01' or 'date: 2024-05-01T20:00:00+09:00'")]
    [InlineData("weight: -9223372036854775808", "page.md(2,9): error SG0102: weight -9223372036854775808 is outside the range it may take, -2147483648 to 2147483647")]
    [InlineData("? [a]\n: b", "page.md(2,3): error SG0121: a key in front matter is a list ('? …' writes one as a key), which no key of front matter is: write the key as a word, as in 'title:'")]
    public void A_value_refused_for_its_range_or_form_says_so(string line, string expected)
    {
        var (_, diagnostics) = Parse($"---\n{line}\ntitle: T\n---\n");

        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// A blank title built a page named by spaces (an empty &lt;title&gt;, links with no visible text), and a blank step of a
    /// progressive value was dropped without a word, the earlier value going on (attack 14, #09): both are refused at the value.
    /// </summary>
    [Theory]
    [InlineData("title: \"   \"", "page.md(2,8): error SG0102: title is blank; write words, or leave the key out")]
    [InlineData("title:\n  start: A\n  s01e02: \"\"", "page.md(4,11): error SG0102: title has no words for 's01e02'; write the value shown from there on, or leave the key out")]
    [InlineData("title: T\nsummary:\n  start: S\n  s01e02: \" \"", "page.md(5,11): error SG0102: summary has no words for 's01e02'; write the value shown from there on, or leave the key out")]
    public void A_blank_title_or_step_is_refused_at_its_value(string lines, string expected)
    {
        var (_, diagnostics) = Parse($"---\n{lines}\n---\n");

        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
    }

    /// <summary>An explicit YAML tag was dropped without a word, the value taken as written (attack 9, #03): it is refused at the value.</summary>
    [Theory]
    [InlineData("slug: !foo x", "page.md(2,7): error SG0142: the YAML tag '!foo' is not read: SpoilerGen would drop it and take the value as written; remove the tag")]
    [InlineData("summary: !!binary aGVsbG8=", "page.md(2,10): error SG0142: the YAML tag '!!binary' is not read: SpoilerGen would drop it and take the value as written, its base64 text published rather than decoded; remove the tag")]
    [InlineData("tags: [a, !!int 5]", "page.md(2,11): error SG0142: the YAML tag '!!int' is not read: SpoilerGen would drop it and take the value as written; remove the tag")]
    [InlineData("extra: {a: !local b}", "page.md(2,12): error SG0142: the YAML tag '!local' is not read: SpoilerGen would drop it and take the value as written; remove the tag")]
    public void An_explicit_yaml_tag_is_refused_at_its_value(string line, string expected)
    {
        var (_, diagnostics) = Parse($"---\n{line}\ntitle: T\n---\n");

        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
    }

    /// <summary>A tag that says what the value already is, as YAML's core schema would read it, is read.</summary>
    [Fact]
    public void A_tag_saying_what_the_value_is_is_read()
    {
        var (frontMatter, diagnostics) = Parse("---\ntitle: !!str 2024\nslug: ! x\ntags: !!seq [a]\nextra: !!map {a: b}\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal("2024", frontMatter.Title!.At(0));
        Assert.Equal("x", frontMatter.Slug);
    }
}
