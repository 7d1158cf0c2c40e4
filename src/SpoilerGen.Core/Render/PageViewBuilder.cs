using SpoilerGen.Markup.Headings;
using SpoilerGen.Model;
using SpoilerGen.Render.Templates;
using SpoilerGen.Render.Views;
using SpoilerGen.Translation;

namespace SpoilerGen.Render;

/// <summary>
/// Builds what a template is given for one page of one tree. Every value is taken at the tree's
/// checkpoint, except the share preview and search engine tags, which use the page's spoiler-free form.
/// </summary>
public sealed class PageViewBuilder(SiteModel site, SiteUrls urls)
{
    private readonly CheckpointLabels _labels = new(site.Config.Words);
    private LanguageTable Words => site.Config.Words;

    public Dictionary<string, object?> ForPage(TreePage current, TreeNavigation navigation)
    {
        var (tree, page) = (current.Tree, current.Page);
        var checkpoint = tree.Index;
        var previous = navigation.Previous;
        var section = page.ParentKey is { Length: > 0 } parentKey ? site.Page(parentKey) : null;
        var (siblings, position) = navigation.Siblings(page);

        var view = new PageView(
            Title: current.Title,
            Summary: current.Summary,
            Url: current.Url,
            Kind: page.Kind.ToString().ToLowerInvariant(),
            Content: new HtmlFragment(current.Body.Html),
            IsNew: current.IsNew,
            Tags: [.. page.TagsAt(checkpoint).Select(tag => new TagView(tag.Name, TagUrl(tree, tag.Name)))],
            Toc: [.. current.Body.Headings.Where(h => h.Level is >= 2 and <= 3)],
            SectionTitle: section?.TitleAt(checkpoint),
            SectionUrl: section is null ? null : urls.Page(tree, section),
            Breadcrumbs: Breadcrumbs(tree, page),
            PreviousPage: position > 0 ? ListItem(tree, siblings[position - 1], previous) : null,
            NextPage: position >= 0 && position + 1 < siblings.Count ? ListItem(tree, siblings[position + 1], previous) : null,
            Share: Share(page),
            SearchEngine: SearchEngine(tree, page),
            Image: ImageUrl(page.ImageAt(checkpoint)),
            ChangeUrl: ChangeUrl(checkpoint, page.Key))
        {
            Translations = Translations(tree, page),
        };

        var next = navigation.Next;
        return TreeVariables(navigation, page, view,
            page.Kind == PageKind.Page ? [] : [.. ListedChildren(current, navigation).Select(child => ListItem(tree, child, previous))],
            next is null ? null : urls.Page(next, page));
    }

    /// <summary>
    /// A list page's children; on the home page, less those its own text already links to: an author who
    /// introduces the sections in prose would otherwise see each link twice, in the text and in the list.
    /// A section's list stays whole, as its catalogue.
    /// </summary>
    private IEnumerable<SitePage> ListedChildren(TreePage current, TreeNavigation navigation) =>
        navigation.Children(current.Page.Key)
            .Where(child => current.Page.Kind != PageKind.Home || !current.Body.Html.Contains($"href=\"{urls.Page(current.Tree, child)}\"", StringComparison.Ordinal));

    /// <summary>A tree's list of tags, or one tag's pages: pages of their own, built from the tree's tag index.</summary>
    public Dictionary<string, object?> ForTagList(TreeNavigation navigation, TagIndex tags, string? title = null, TagIndex.Tag? tag = null)
    {
        var tree = navigation.Tree;
        var home = site.Page("");
        var url = tag is null ? urls.Tree(tree) + Tree.TagsFolder + "/" : TagUrl(tree, tag.Name);
        var tagsTitle = Words.Text(TranslationKeys.TagsTitle);
        var pageTitle = tag is null ? tagsTitle : Words.Text(TranslationKeys.Tagged, null, ("tag", tag.Name));
        var items = tag is null
            ? tags.Tags.Select(t => new PageListItemView(t.Name, Words.Text(TranslationKeys.TagPageCount, t.Pages.Count), TagUrl(tree, t.Name), false))
            : tag.Pages.Select(p => new PageListItemView(p.Title, p.Summary, p.Url, p.IsNew, ImageUrl(p.Page.ImageAt(tree.Index))));
        var firstTagsUrl = urls.Absolute(urls.Tree(site.Trees[0]) + Tree.TagsFolder + "/");
        var view = new PageView(
            Title: title ?? pageTitle,
            Summary: null,
            Url: url,
            Kind: tag is null ? "tags" : "tag",
            Content: new HtmlFragment(""),
            IsNew: false,
            Tags: [],
            Toc: [],
            SectionTitle: tag is null ? null : tagsTitle,
            SectionUrl: tag is null ? null : urls.Tree(tree) + Tree.TagsFolder + "/",
            Breadcrumbs: [new NavLinkView(home.TitleAt(tree.Index), urls.Tree(tree), false), new NavLinkView(pageTitle, url, true)],
            PreviousPage: null,
            NextPage: null,
            // A tag's name can spoil and its pages differ in every tree, so what leaves the site names no
            // tag: previews show the first tree's tag list, and search engines index no tag page at all.
            Share: new ShareView(tagsTitle, site.Config.Description ?? site.Config.Title, firstTagsUrl, SiteImage, site.Config.Title),
            SearchEngine: new SearchEngineView(firstTagsUrl, NoIndex: true, site.Config.Description ?? site.Config.Title),
            ChangeUrl: ChangeUrl(tree.Index, url[urls.Tree(tree).Length..]));
        // A tag may not exist yet one tree on, but the list of tags always does.
        var next = navigation.Next;
        return TreeVariables(navigation, home, view, [.. items], next is null ? null : urls.Tree(next) + Tree.TagsFolder + "/");
    }

    private Dictionary<string, object?> TreeVariables(TreeNavigation navigation, SitePage page, PageView view, PageListItemView[] pages, string? nextUrl)
    {
        return new Dictionary<string, object?>
        {
            ["tree"] = TreeView(navigation.Tree, navigation.Next),
            // Every page may show the chooser, few templates do: made for each page, its n entries made a guide of n episodes cost n² per page.
            ["checkpoints"] = new DeferredView(() => Checkpoints(navigation, page)),
            ["next_url"] = nextUrl,
            ["sections"] = SectionLinks(navigation, page),
            ["page"] = view,
            ["pages"] = pages,
        };
    }

    public TreeView TreeView(Tree tree, Tree? next)
    {
        var checkpoints = site.Timeline.Checkpoints;
        var label = _labels.At(checkpoints[tree.Index], tree.Index);
        if (tree.LastIndex > tree.Index) label = _labels.Range(label, _labels.SpoilerFree(checkpoints[tree.LastIndex]));
        var treeUrl = urls.Tree(tree);
        return new TreeView(tree.Path, treeUrl, tree.Index, tree.LastIndex, label,
            next is null ? null : _labels.SpoilerFree(checkpoints[next.Index]),
            treeUrl + Feeds.AtomFeedWriter.FileName, Feeds.AtomFeedWriter.TitleFor(Words, checkpoints[tree.Index]), treeUrl + SearchIndexFileName, treeUrl + Tree.TagsFolder + "/",
            ChangeUrl(tree.Index));
    }

    /// <summary>
    /// The chooser, scrolled to and marking (CSS <c>:target</c>) the checkpoint of the tree a reader comes from,
    /// with the page they were reading (its URL inside the tree) in <c>?page=</c>: chooser.js then leads to
    /// that page in the tree picked. The page is known to this tree, so naming it reveals nothing later.
    /// </summary>
    public string ChangeUrl(int checkpoint, string pageKey = "") => pageKey.Length == 0
        ? $"{urls.Root}#{ChooserItemId(checkpoint)}"
        : $"{urls.Root}?page={Uri.EscapeDataString(pageKey).Replace("%2F", "/", StringComparison.Ordinal)}#{ChooserItemId(checkpoint)}";

    /// <summary>The id of a checkpoint's item in the chooser.</summary>
    public static string ChooserItemId(int checkpoint) => $"checkpoint-{checkpoint}";

    public const string SearchIndexFileName = "search-index.json";

    /// <summary>The checkpoint list that the root's chooser and 404 page show: no episode titles, every tree's home.</summary>
    public CheckpointView[] SpoilerFreeCheckpoints() =>
        [.. site.Timeline.Checkpoints.Select(checkpoint =>
        {
            var tree = site.TreeFor(checkpoint.Index);
            return new CheckpointView(checkpoint.Index, checkpoint.EpisodeId, _labels.SpoilerFree(checkpoint), urls.Tree(tree), false, urls.Tree(tree), _labels.InSeason(checkpoint));
        })];

    private CheckpointView[] Checkpoints(TreeNavigation navigation, SitePage page) =>
        [.. site.Timeline.Checkpoints.Select(checkpoint =>
        {
            var target = navigation.CheckpointTrees[checkpoint.Index];
            var pageUrl = page.ExistsAt(target.Index) ? urls.Page(target, page) : urls.Tree(target);
            return new CheckpointView(checkpoint.Index, checkpoint.EpisodeId, navigation.CheckpointLabels[checkpoint.Index],
                urls.Tree(target), navigation.Tree.Serves(checkpoint.Index), pageUrl, _labels.InSeason(checkpoint));
        })];

    /// <summary>The page in each language that this tree shows it in: its alternates, never to a translation that this tree does not show.</summary>
    public LanguageLinkView[] Translations(Tree tree, SitePage page) =>
        [.. site.Translations.At(page.TranslationKey, tree.Index).Select(translation =>
        {
            var url = urls.Translation(translation.Language, tree, translation.PageKey);
            return new LanguageLinkView(translation.Language.Code, translation.Language.Name, url, urls.Absolute(url),
                translation.Language.Code == site.Config.Language, translation.Language.Direction);
        })];

    private NavLinkView[] SectionLinks(TreeNavigation navigation, SitePage current) =>
        [.. navigation.Children("")
            .Where(page => page.Kind == PageKind.Section)
            .Select(section => new NavLinkView(section.TitleAt(navigation.Tree.Index), urls.Page(navigation.Tree, section),
                current.Key.StartsWith(section.Key, StringComparison.Ordinal)))];

    private NavLinkView[] Breadcrumbs(Tree tree, SitePage page)
    {
        var trail = new List<NavLinkView>();
        for (var current = page; ; current = site.Page(current.ParentKey))
        {
            trail.Add(new NavLinkView(current.TitleAt(tree.Index), urls.Page(tree, current), current.Key == page.Key));
            if (current.ParentKey is null) break;
        }
        trail.Reverse();
        return [.. trail];
    }

    private PageListItemView ListItem(Tree tree, SitePage page, Tree? previous) =>
        new(page.TitleAt(tree.Index), page.SummaryAt(tree.Index), urls.Page(tree, page), previous is not null && !page.ExistsAt(previous.Index), ImageUrl(page.ImageAt(tree.Index)));

    /// <summary>A file under <c>static/</c> (<c>/images/x.svg</c> or <c>images/x.svg</c>) as the URL the site serves it at.</summary>
    public string? ImageUrl(string? staticPath) => staticPath is null ? null : urls.SiteRooted("/" + staticPath.TrimStart('/'));

    /// <summary>What a share preview shows when its page has no picture of its own: the theme's hero, else its logo.</summary>
    private string? SiteImage =>
        (site.Config.Theme.Hero ?? site.Config.Theme.Logo) is { } path ? urls.Absolute(ImageUrl(path)!) : null;

    private string TagUrl(Tree tree, string tagName) => $"{urls.Tree(tree)}{Tree.TagsFolder}/{Slugifier.Slugify(tagName)}/";

    private ShareView Share(SitePage page)
    {
        var first = site.FirstTree(page);
        // The picture of the page's first form: a later one (a portrait after the twist) would spoil the preview.
        var image = ImageUrl(page.ImageAt(page.Level)) is { } own ? urls.Absolute(own) : SiteImage;
        return new ShareView(page.TitleAt(page.Level), SpoilerFreeDescription(page), urls.Absolute(urls.Page(first, page)), image, site.Config.Title);
    }

    private SearchEngineView SearchEngine(Tree tree, SitePage page)
    {
        var first = site.FirstTree(page);
        return new SearchEngineView(urls.Absolute(urls.Page(first, page)), NoIndex: first != tree, SpoilerFreeDescription(page));
    }

    private string SpoilerFreeDescription(SitePage page) =>
        page.SummaryAt(page.Level) ?? site.Config.Description ?? site.Config.Title;
}
