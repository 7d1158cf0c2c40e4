using Scriban.Runtime;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Render.Templates;

namespace SpoilerGen.Render.Views;

/// <summary>
/// Turns the view records into what templates read: <see cref="ScriptObject"/>s and <see cref="ScriptArray"/>s
/// whose keys are the records' property names in snake_case (<c>IsNew</c> is <c>is_new</c>), as Scriban's
/// own renamer would name them.
/// </summary>
/// <remarks>
/// Scriban reads any other .NET object by reflection, which a native (AOT) build trims away: there a
/// template would fail at render time with "Cannot get member". Written out here, every member is seen by
/// the compiler. A view record's new property needs its line here; ViewScriptObjectsTests fails until it has one.
/// </remarks>
public static class ViewScriptObjects
{
    /// <summary>A template variable's value as templates read it; text, numbers, flags and HTML pass as they are.</summary>
    public static object? From(object? value) => value switch
    {
        null or string or int or bool or HtmlFragment => value,
        SiteView site => From(site),
        GeneratorView generator => From(generator),
        TreeView tree => From(tree),
        PageView page => From(page),
        PageListItemView item => From(item),
        NavLinkView link => From(link),
        TagView tag => From(tag),
        TocEntry entry => From(entry),
        ShareView share => From(share),
        SearchEngineView searchEngine => From(searchEngine),
        CheckpointView checkpoint => From(checkpoint),
        SeasonView season => From(season),
        DeferredView deferred => Deferred(deferred),
        LanguageLinkView language => From(language),
        System.Collections.IEnumerable list => Array(list),
        _ => throw new InvalidOperationException($"{value.GetType().Name} has no template form in {nameof(ViewScriptObjects)}"),
    };

    /// <summary>A function Scriban calls where a template first reads the variable (as it calls <c>date.now</c>), and only then.</summary>
    public static IScriptCustomFunction Deferred(DeferredView deferred)
    {
        var value = new Lazy<object?>(() => From(deferred.Make()));
        return DelegateCustomFunction.CreateFunc(() => value.Value);
    }

    public static ScriptObject From(SiteView site) => new(13)
    {
        ["languages"] = Array(site.Languages),
        ["title"] = site.Title,
        ["description"] = site.Description,
        ["language"] = site.Language,
        ["direction"] = site.Direction,
        ["base_path"] = site.BasePath,
        ["base_url"] = site.BaseUrl,
        ["assets_path"] = site.AssetsPath,
        ["levels_url"] = site.LevelsUrl,
        ["chooser_url"] = site.ChooserUrl,
        ["logo"] = site.Logo,
        ["hero"] = site.Hero,
        ["accent_style"] = site.AccentStyle,
    };

    public static ScriptObject From(GeneratorView generator) => new(2)
    {
        ["name"] = generator.Name,
        ["version"] = generator.Version,
    };

    public static ScriptObject From(TreeView tree) => new(11)
    {
        ["path"] = tree.Path,
        ["url"] = tree.Url,
        ["first_index"] = tree.FirstIndex,
        ["last_index"] = tree.LastIndex,
        ["label"] = tree.Label,
        ["next_label"] = tree.NextLabel,
        ["feed_url"] = tree.FeedUrl,
        ["feed_title"] = tree.FeedTitle,
        ["search_index_url"] = tree.SearchIndexUrl,
        ["tags_url"] = tree.TagsUrl,
        ["change_url"] = tree.ChangeUrl,
    };

    public static ScriptObject From(PageView page) => new(18)
    {
        ["translations"] = Array(page.Translations),
        ["title"] = page.Title,
        ["summary"] = page.Summary,
        ["url"] = page.Url,
        ["kind"] = page.Kind,
        ["content"] = page.Content,
        ["is_new"] = page.IsNew,
        ["tags"] = Array(page.Tags),
        ["toc"] = Array(page.Toc),
        ["section_title"] = page.SectionTitle,
        ["section_url"] = page.SectionUrl,
        ["breadcrumbs"] = Array(page.Breadcrumbs),
        ["previous_page"] = page.PreviousPage is null ? null : From(page.PreviousPage),
        ["next_page"] = page.NextPage is null ? null : From(page.NextPage),
        ["share"] = From(page.Share),
        ["search_engine"] = From(page.SearchEngine),
        ["image"] = page.Image,
        ["change_url"] = page.ChangeUrl,
    };

    public static ScriptObject From(PageListItemView item) => new(5)
    {
        ["title"] = item.Title,
        ["summary"] = item.Summary,
        ["url"] = item.Url,
        ["is_new"] = item.IsNew,
        ["image"] = item.Image,
    };

    public static ScriptObject From(NavLinkView link) => new(3)
    {
        ["title"] = link.Title,
        ["url"] = link.Url,
        ["is_current"] = link.IsCurrent,
    };

    public static ScriptObject From(TagView tag) => new(2)
    {
        ["name"] = tag.Name,
        ["url"] = tag.Url,
    };

    public static ScriptObject From(TocEntry entry) => new(3)
    {
        ["level"] = entry.Level,
        ["id"] = entry.Id,
        ["text"] = entry.Text,
    };

    public static ScriptObject From(ShareView share) => new(5)
    {
        ["title"] = share.Title,
        ["description"] = share.Description,
        ["url"] = share.Url,
        ["image"] = share.Image,
        ["site_name"] = share.SiteName,
    };

    public static ScriptObject From(SearchEngineView searchEngine) => new(3)
    {
        ["canonical_url"] = searchEngine.CanonicalUrl,
        ["no_index"] = searchEngine.NoIndex,
        ["description"] = searchEngine.Description,
    };

    public static ScriptObject From(CheckpointView checkpoint) => new(7)
    {
        ["index"] = checkpoint.Index,
        ["episode_id"] = checkpoint.EpisodeId,
        ["label"] = checkpoint.Label,
        ["tree_url"] = checkpoint.TreeUrl,
        ["is_current"] = checkpoint.IsCurrent,
        ["page_url"] = checkpoint.PageUrl,
        ["short_label"] = checkpoint.ShortLabel,
    };

    public static ScriptObject From(SeasonView season) => new(3)
    {
        ["number"] = season.Number,
        ["label"] = season.Label,
        ["checkpoints"] = Array(season.Checkpoints),
    };

    public static ScriptObject From(LanguageLinkView language) => new(6)
    {
        ["code"] = language.Code,
        ["name"] = language.Name,
        ["url"] = language.Url,
        ["absolute_url"] = language.AbsoluteUrl,
        ["is_current"] = language.IsCurrent,
        ["direction"] = language.Direction,
    };

    private static ScriptArray Array(System.Collections.IEnumerable items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(From(item));
        return array;
    }
}
