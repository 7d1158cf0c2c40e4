using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>A heading marked with a spoiler level hides its whole section; ids and tables of contents follow what is shown.</summary>
public sealed class HeadingSectionTests
{
    private const string Document = """
        # Page

        Intro.

        ## The ending {spoiler=s01e12}

        Who survives.

        ### Details

        More of it.

        ## Cast

        Everyone.
        """;

    [Fact]
    public void A_marked_heading_hides_its_section_up_to_the_next_heading_of_the_same_rank()
    {
        var early = new MarkdownHarness(Document).Render(11);

        Assert.DoesNotContain("ending", early, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("survives", early);
        Assert.DoesNotContain("Details", early);
        Assert.Contains("<h2 id=\"cast\">Cast</h2>", early);
        Assert.Contains("Everyone.", early);
    }

    [Fact]
    public void The_attribute_is_not_part_of_the_shown_heading()
    {
        var late = new MarkdownHarness(Document).Render(12);

        Assert.Contains("<h2 id=\"the-ending\">The ending</h2>", late);
        Assert.Contains("More of it.", late);
        Assert.DoesNotContain("{spoiler", late);
    }

    [Fact]
    public void Heading_ids_are_the_same_in_every_tree_and_the_table_of_contents_shows_what_the_tree_shows()
    {
        var harness = new MarkdownHarness("""
            ## Ending {spoiler=s01e09}

            ## Ending

            ## About [the traitor]{spoiler=s01e04}
            """);

        var (early, scope) = harness.RenderWithScope(3);
        // The hidden first "Ending" must not push the shown one to "ending-1".
        Assert.Contains("<h2 id=\"ending\">Ending</h2>", early);
        Assert.Contains("<h2 id=\"about\">About</h2>", early);
        Assert.Equal(["Ending", "About"], scope.Headings.Select(h => h.Text));

        // Shown later, the first "Ending" takes the next free id; the shown headings keep theirs.
        var (late, lateScope) = harness.RenderWithScope(9);
        Assert.Contains("<h2 id=\"ending-1\">Ending</h2>\n<h2 id=\"ending\">Ending</h2>", late);
        Assert.Contains("<h2 id=\"about\">About the traitor</h2>", late);
        Assert.Equal(["Ending", "Ending", "About the traitor"], lateScope.Headings.Select(h => h.Text));
    }

    // Attack 12, #11: a section has no closing line, so notes written at the page's end are in the last section.
    [Fact]
    public void A_footnote_at_the_end_of_a_page_under_a_spoiler_heading_is_refused_naming_the_heading()
    {
        var harness = new MarkdownHarness("Intro.[^1]\n\n## Later {spoiler=s01e05}\n\nText.\n\n[^1]: The note.\n");

        var error = Assert.Single(harness.Reported);
        Assert.Equal(DiagnosticCodes.FootnoteOutOfScope, error.Code);
        Assert.Contains("in the section of the heading '## Later {spoiler=s01e05}' (line 3)", error.Message);
        Assert.Contains("move it above that heading", error.Message);
    }

    [Fact]
    public void A_link_definition_at_the_end_of_a_page_under_a_spoiler_heading_is_refused_naming_the_heading()
    {
        var harness = new MarkdownHarness("See [the wiki][w].\n\n## Later {spoiler=s01e05}\n\nText.\n\n[w]: https://x.example/\n");

        var error = Assert.Single(harness.Reported);
        Assert.Equal(DiagnosticCodes.LinkDefinitionOutOfScope, error.Code);
        Assert.Contains("in the section of the heading '## Later {spoiler=s01e05}' (line 3)", error.Message);
        Assert.Contains("move it above that heading", error.Message);
    }
}
