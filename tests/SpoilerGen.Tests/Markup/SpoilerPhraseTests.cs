using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Renderers;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>Spoiler phrases inside paragraphs, and the links, images and comments around them.</summary>
public sealed class SpoilerPhraseTests
{
    [Fact]
    public void A_phrase_is_absent_before_its_episode()
    {
        var harness = new MarkdownHarness("She is [secretly infected]{spoiler=s01e07} and brave.");

        Assert.Equal("<p>She is and brave.</p>\n", harness.Render(6));
        Assert.Equal("<p>She is secretly infected and brave.</p>\n", harness.Render(7));
    }

    [Fact]
    public void A_phrase_may_hold_emphasis_and_links()
    {
        var harness = new MarkdownHarness("A [*very* big [clue](clue.md)]{spoiler=s01e02}.");

        Assert.Equal("<p>A .</p>\n", harness.Render(1));
        Assert.Equal("<p>A <em>very</em> big <a href=\"clue.md\">clue</a>.</p>\n", harness.Render(2));
    }

    [Fact]
    public void Brackets_without_the_attribute_stay_links_and_text()
    {
        var harness = new MarkdownHarness("See [the cast](cast.md) and [this] too.");

        Assert.Equal("<p>See <a href=\"cast.md\">the cast</a> and [this] too.</p>\n", harness.Render(0));
    }

    [Fact]
    public void A_new_phrase_is_marked()
    {
        var harness = new MarkdownHarness("It was [the teacher]{spoiler=s01e05}.");

        Assert.Contains("<mark class=\"reveal-new\" data-episode=\"s01e05\" title=\"New in Episode 5\">the teacher</mark>", harness.Render(5, previousTree: 4));
        Assert.Equal("<p>It was the teacher.</p>\n", harness.Render(6, previousTree: 5));
    }

    [Fact]
    public void A_phrase_inside_a_later_block_waits_for_the_block()
    {
        var harness = new MarkdownHarness("::: spoiler s01e08\nIt was [the teacher]{spoiler=s01e02}.\n:::\n");

        Assert.DoesNotContain("teacher", harness.Render(7));
        Assert.Contains("the teacher", harness.Render(8));
    }

    [Fact]
    public void An_unknown_episode_in_a_phrase_is_reported_at_the_id()
    {
        var harness = new MarkdownHarness("Line one.\nAnd [x]{spoiler=s02e01}.");

        var error = Assert.Single(harness.Reported);
        Assert.Equal(DiagnosticCodes.UnknownEpisode, error.Code);
        Assert.Equal((2, 17), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void Image_alt_text_follows_the_phrase_level()
    {
        var harness = new MarkdownHarness("![A school [on fire]{spoiler=s01e03}](/img/school.png)");

        Assert.Contains("alt=\"A school\"", harness.Render(2));
        Assert.Contains("alt=\"A school on fire\"", harness.Render(3));
    }

    [Fact]
    public void Html_comments_are_never_written()
    {
        var harness = new MarkdownHarness("<!-- the twist is the teacher -->\n\nText <!-- also this --> here.");

        var html = harness.Render(12);
        Assert.DoesNotContain("twist", html);
        Assert.DoesNotContain("also this", html);
    }

    [Fact]
    public void A_link_to_a_page_that_is_absent_keeps_only_its_text()
    {
        var harness = new MarkdownHarness("Meet [Nam-ra](nam-ra.md) today.");

        var (html, _) = harness.RenderWithScope(0, links: _ => LinkTarget.AbsentTarget);
        Assert.Equal("<p>Meet Nam-ra today.</p>\n", html);
    }
}
