using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>Fenced spoiler blocks: shown from their level, nested, next to code fences, and their errors.</summary>
public sealed class SpoilerBlockTests
{
    [Fact]
    public void A_block_is_absent_before_its_episode_and_present_from_it()
    {
        var harness = new MarkdownHarness("""
            Before.

            ::: spoiler s01e05
            The twist.
            :::

            After.
            """);

        Assert.DoesNotContain("twist", harness.Render(4));
        Assert.Contains("<p>The twist.</p>", harness.Render(5));
        Assert.Contains("<p>After.</p>", harness.Render(0));
    }

    /// <summary>
    /// Inside a block, a list item's indented second paragraph stays in its item, as at the top level. Before, the
    /// block took the line's indent and the paragraph split the list in two; with that paragraph hidden, earlier
    /// trees showed one list or two depending on what was hidden (found by the noninterference property).
    /// </summary>
    [Fact]
    public void A_list_items_second_paragraph_inside_a_block_stays_in_its_item()
    {
        var harness = new MarkdownHarness("""
            ::: spoiler s01e01
            - one

            - two

              two again

            - three
            :::
            """);

        var html = harness.Render(1);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<ul>"));
        Assert.Contains("<li><p>two</p>\n<p>two again</p>\n</li>", html);
    }

    /// <summary>
    /// A block's paragraph stays a paragraph in a tight list's item, as a block quote's does: Markdig writes a tight item's
    /// paragraphs without &lt;p&gt;, which ran the item's text and the block's into one word ("itemfirst") in every tree
    /// showing the block. Earlier trees are as before: the item alone.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_blocks_paragraph_in_a_tight_list_item_stays_apart_from_the_items_text(int checkpoint)
    {
        var harness = new MarkdownHarness("""
            - item
              ::: spoiler s01e02
              first
              second
              :::
            - other
            """);

        var html = harness.Render(checkpoint);
        Assert.DoesNotContain("itemfirst", html);
        Assert.Contains("<p>first\nsecond</p>", html);
        Assert.Contains("<li>other</li>", html);
        Assert.Contains("<li>item</li>", harness.Render(1));
    }

    [Fact]
    public void A_nested_block_never_shows_before_its_outer_block()
    {
        var harness = new MarkdownHarness("""
            ::: spoiler s01e06
            Outer.
            ::: spoiler s01e02
            Inner.
            :::
            Still outer.
            :::
            Outside.
            """);

        Assert.DoesNotContain("Inner", harness.Render(5));
        var atSix = harness.Render(6);
        Assert.Contains("Inner.", atSix);
        Assert.Contains("Still outer.", atSix);
        Assert.Contains("Outside.", harness.Render(0));
        Assert.DoesNotContain("Still outer", harness.Render(5));
    }

    [Fact]
    public void A_fence_inside_a_code_block_does_not_close_the_spoiler()
    {
        var harness = new MarkdownHarness("""
            ::: spoiler s01e03
            ```
            :::
            ```
            Hidden tail.
            :::
            """);

        Assert.DoesNotContain("Hidden tail", harness.Render(2));
        Assert.Contains("Hidden tail", harness.Render(3));
    }

    [Fact]
    public void An_unknown_episode_is_an_error_at_its_line_and_column()
    {
        var harness = new MarkdownHarness("Intro.\n\n::: spoiler s09e99\nText.\n:::\n");

        var error = Assert.Single(harness.Reported);
        Assert.Equal(DiagnosticCodes.UnknownEpisode, error.Code);
        Assert.Equal(3, error.Position.Line);
        Assert.Equal(13, error.Position.Column);
        Assert.StartsWith("test.md(3,13): error SG0103: unknown episode 's09e99'", error.ToString());
    }

    [Fact]
    public void A_block_that_is_never_closed_is_a_warning_at_its_opening()
    {
        var harness = new MarkdownHarness("Intro.\n\n::: spoiler s01e02\nHidden to the end.\n");

        var warning = Assert.Single(harness.Reported);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.UnclosedSpoilerBlock, 3), (warning.Severity, warning.Code, warning.Position.Line));
        Assert.DoesNotContain("Hidden", harness.Render(1));
    }

    [Fact]
    public void A_block_without_an_episode_is_reported()
    {
        var harness = new MarkdownHarness("::: spoiler\nText.\n:::\n");

        Assert.Equal(DiagnosticCodes.MalformedSpoilerMarkup, Assert.Single(harness.Reported).Code);
    }

    [Fact]
    public void A_block_first_shown_in_this_tree_is_marked_new_once_even_when_nested()
    {
        var harness = new MarkdownHarness("""
            ::: spoiler s01e04
            Outer.
            ::: spoiler s01e04
            Inner.
            :::
            :::
            """);

        var html = harness.Render(4, previousTree: 3);
        Assert.Equal(1, CountOf(html, "reveal-new"));
        Assert.Contains("New in Episode 4", html);
        Assert.DoesNotContain("reveal-new", harness.Render(5, previousTree: 4));
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
