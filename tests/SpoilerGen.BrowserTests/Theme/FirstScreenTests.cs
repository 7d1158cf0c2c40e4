using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Theme;

/// <summary>
/// The example guide as a reader first sees it, at 390 x 844 and 1280 x 800, light and dark: the heading and
/// the first line of text on the first screen of every kind of page, nothing tapped smaller than 24 x 24,
/// "Change episode" as one link to the chooser with the episode marked, the 404 page leading back into the
/// reader's tree, and a home page that links to each section once.
/// </summary>
[Collection(GuideCollection.Name)]
public sealed class FirstScreenTests(GuideFixture guide)
{
    [BrowserFact]
    public async Task Every_kind_of_page_shows_its_heading_and_first_line_on_the_first_screen_with_targets_of_24_px()
    {
        // The Korean translation's own chooser and pages too (under ko/, the tags in Korean).
        var korean = ReaderChecks.PagesOfEveryKind(guide, "characters/", "characters/nam-ra/", Uri.EscapeDataString("학생"))
            .Where(path => path != "404.html").Select(path => "ko/" + path);
        var problems = await ReaderChecks.FirstScreenProblemsAsync(guide,
            [.. ReaderChecks.PagesOfEveryKind(guide, "characters/", "characters/nam-ra/", "students"), .. korean]);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Change_episode_leads_to_the_chooser_with_the_episode_marked() =>
        await ReaderChecks.AssertChangeEpisodeMarksTheTreeAsync(guide, 3, "characters/nam-ra/");

    [BrowserFact]
    public async Task Changing_episode_from_a_page_lands_on_that_page_in_the_episode_picked_or_on_its_home()
    {
        await ReaderChecks.AssertChangeEpisodeKeepsThePageAsync(guide, "characters/nam-ra/", from: 3, withPage: 12, withoutPage: null);
        await ReaderChecks.AssertChangeEpisodeKeepsThePageAsync(guide, "ending/the-rooftop/", from: 12, withPage: 12, withoutPage: 3);
    }

    [BrowserFact]
    public async Task A_page_menu_links_to_the_tree_home_and_with_javascript_lists_the_sections_with_its_own_marked() =>
        await ReaderChecks.AssertPageMenuListsTheSectionsAsync(guide, 12, "characters/", "characters/nam-ra/");

    [BrowserFact]
    public async Task A_missing_page_leads_to_the_home_and_search_of_its_tree() =>
        await ReaderChecks.AssertNotFoundLeadsToTheTreeAsync(guide, 12);

    [Fact]
    public void No_tree_page_carries_the_list_of_every_episode() => ReaderChecks.AssertNoTreePageListsTheEpisodes(guide);

    [Fact]
    public void The_home_page_links_to_each_section_once() => ReaderChecks.AssertHomeListsNoSectionTwice(guide);
}
