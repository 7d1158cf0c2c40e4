using SpoilerGen.Render.Templates;

namespace SpoilerGen.Translation;

/// <summary>
/// The keys SpoilerGen's own code looks up (labels of episodes, tag pages, feeds, the search index, serve's bar).
/// Every language must have them; the keys a theme uses are found in its templates (<see cref="TemplateTranslationKeys"/>).
/// </summary>
public static class TranslationKeys
{
    public const string NotStarted = "checkpoint.not_started";
    public const string Episode = "checkpoint.episode";
    public const string SeasonEpisode = "checkpoint.season_episode";
    public const string Season = "checkpoint.season";
    public const string Titled = "checkpoint.titled";
    public const string Range = "checkpoint.range";
    public const string TagsTitle = "tags.title";
    public const string Tagged = "tags.tagged";
    public const string TagPageCount = "tags.page_count";
    public const string NewIn = "badge.new_in";
    public const string FootnoteBack = "footnote.back";
    public const string FeedStart = "feed.start";
    public const string FeedEpisode = "feed.episode";
    public const string SearchNoResults = "search.no_results";
    public const string SearchResults = "search.results";
    public const string SearchResultsFirst = "search.results_first";
    public const string ServeEpisode = "serve.episode";
    public const string ServePageAt = "serve.page_at";
    public const string ServePageNotShown = "serve.page_not_shown";
    public const string ServeGo = "serve.go";
    public const string ServeSpoilerMap = "serve.spoiler_map";
    public const string ServeBuildFailed = "serve.build_failed";
    public const string ServeReloads = "serve.reloads";
    public const string ServeWarnings = "serve.warnings";

    public static readonly string[] UsedByCode =
    [
        NotStarted, Episode, SeasonEpisode, Season, Titled, Range, TagsTitle, Tagged, TagPageCount, NewIn, FootnoteBack,
        FeedStart, FeedEpisode, SearchNoResults, SearchResults, SearchResultsFirst,
        ServeEpisode, ServePageAt, ServePageNotShown, ServeGo, ServeSpoilerMap, ServeBuildFailed, ServeReloads, ServeWarnings,
    ];
}
