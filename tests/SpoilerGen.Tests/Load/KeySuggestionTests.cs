using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Load.Yaml;
using SpoilerGen.Model;

namespace SpoilerGen.Tests.Load;

/// <summary>Unknown keys, nulls, dates and line endings in front matter; one suggestion helper for front matter and config.</summary>
public sealed class KeySuggestionTests
{
    private static readonly Timeline Timeline = new(Enumerable.Range(1, 12).Select(i => new Episode($"s01e{i:00}", 1, i, null)));

    private static (FrontMatter FrontMatter, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split(text);
        var frontMatter = new FrontMatterParser(Timeline, diagnostics).Parse("page.md", parts.FrontMatter, parts.FrontMatterLineOffset);
        return (frontMatter, diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("spoilers", "spoiler")]
    [InlineData("Spoiler", "spoiler")]
    [InlineData("SPOILER", "spoiler")]
    [InlineData("spolier", "spoiler")]
    [InlineData("titel", "title")]
    [InlineData("tag", "tags")]
    [InlineData("baseurl", "base_url")]
    [InlineData("last_mod", "lastmod")]
    public void A_near_miss_suggests_the_key_it_resembles(string unknown, string expected) =>
        Assert.Equal(expected, KeySuggestions.Closest(unknown, ["title", "summary", "tags", "spoiler", "lastmod", "base_url"]));

    [Fact]
    public void A_key_like_no_other_lists_the_known_keys() =>
        Assert.Equal("unknown key 'colour' in front matter; known keys: title, tags", KeySuggestions.UnknownKeyMessage("colour", "front matter", ["title", "tags"]));

    [Fact]
    public void An_unknown_front_matter_key_is_an_error_that_names_the_key_meant()
    {
        var (_, diagnostics) = Parse("---\ntitle: T\nspoilers: s01e05\n---\n");

        Assert.Equal("page.md(3,1): error SG0121: unknown key 'spoilers' in front matter; did you mean 'spoiler'? Keep data of your own under 'extra:'.",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_null_title_is_an_error_not_a_title()
    {
        var (frontMatter, diagnostics) = Parse("---\ntitle: ~\n---\n");

        Assert.Equal(DiagnosticCodes.FrontMatterNullValue, Assert.Single(diagnostics).Code);
        Assert.Null(frontMatter.Title);
    }

    [Fact]
    public void Dates_are_read_as_universal_time_and_lastmod_wins()
    {
        var (frontMatter, diagnostics) = Parse("---\ntitle: T\ndate: 2024-05-01\nlastmod: 2024-06-02T10:00:00+09:00\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), frontMatter.Date);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 1, 0, 0, TimeSpan.Zero), frontMatter.Updated);
    }

    [Theory]
    [InlineData("---\ntitle: T\n---\nBody\nline")]
    [InlineData("---\r\ntitle: T\r\n---\r\nBody\r\nline")]
    [InlineData("---\rtitle: T\r---\rBody\rline")]
    public void Every_kind_of_line_ending_splits_the_same_way(string text)
    {
        var parts = FrontMatterSplitter.Split(text);

        Assert.Equal(("title: T", 1, "Body\nline", 3), (parts.FrontMatter, parts.FrontMatterLineOffset, parts.Body, parts.BodyLineOffset));
    }
}
