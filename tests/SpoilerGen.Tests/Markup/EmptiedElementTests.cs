using System.Text.RegularExpressions;
using Markdig;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>
/// Elements that hiding empties are left out, and what stays is written exactly as Markdig writes it;
/// heading ids never take the theme's.
/// </summary>
public sealed class EmptiedElementTests
{
    private static readonly MarkdownPipeline PlainPipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().UseTaskLists().Build();

    [Fact]
    public void A_table_without_its_hidden_row_is_the_table_Markdig_writes_without_that_row()
    {
        const string Table = "| Name | Fate |\n|:-----|:----:|\n| On-jo | lives |\n{0}| Su-hyeok | lives |\n";
        var harness = new MarkdownHarness(string.Format(Table, "| [Nam-ra]{spoiler=s01e05} | [changes]{spoiler=s01e05} |\n"));

        Assert.Equal(Markdown.ToHtml(string.Format(Table, ""), PlainPipeline), harness.Render(4));
        Assert.Contains("Nam-ra", harness.Render(5));
    }

    [Fact]
    public void A_table_whose_body_is_all_hidden_is_the_table_Markdig_writes_without_that_body()
    {
        var harness = new MarkdownHarness("Before.\n\n| a | b |\n|---|---|\n| [x]{spoiler=s01e05} | [y]{spoiler=s01e05} |\n");

        Assert.Equal(Markdown.ToHtml("Before.\n\n| a | b |\n|---|---|\n", PlainPipeline), harness.Render(0));
    }

    [Fact]
    public void A_table_whose_header_is_all_hidden_is_the_table_Markdig_writes_without_those_words()
    {
        var harness = new MarkdownHarness("| [x]{spoiler=s01e05} | [y]{spoiler=s01e05} |\n|---|:---:|\n| a | b |\n| c | [z]{spoiler=s01e05} |\n");

        Assert.Equal(Markdown.ToHtml("|  |  |\n|---|:---:|\n| a | b |\n| c |  |\n", PlainPipeline), harness.Render(0));
    }

    [Fact]
    public void A_list_without_its_hidden_item_is_the_list_Markdig_writes_without_that_item()
    {
        const string List = "- [ ] one\n{0}- [x] three\n";
        var harness = new MarkdownHarness(string.Format(List, "- [two]{spoiler=s01e05}\n"));

        Assert.Equal(Markdown.ToHtml(string.Format(List, ""), PlainPipeline), harness.Render(0));
    }

    [Fact]
    public void The_ids_the_theme_writes_are_the_ids_no_heading_may_take()
    {
        // The scripts too: search.js writes the search box into the header.
        var themeIds = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "templates"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "\\bid=\"([^\"{}]+)\"").Select(match => match.Groups[1].Value))
            .ToHashSet();

        Assert.Subset(HeadingAnchors.ThemeIds.ToHashSet(), themeIds);
    }

    [Fact]
    public void A_comment_is_removed_exactly_and_an_unclosed_one_runs_to_the_end()
    {
        Assert.Equal("a  b", HtmlComments.Remove("a <!-- x --> b"));
        Assert.Equal("a ", HtmlComments.Remove("a <!-- x"));
        Assert.Equal("a  b  c", HtmlComments.Remove("a <!----> b <!-- -- --> c"));
        Assert.Equal("a\n    \n    b", HtmlComments.BlankOut("a\n<!--\n--> b"));
    }
}
