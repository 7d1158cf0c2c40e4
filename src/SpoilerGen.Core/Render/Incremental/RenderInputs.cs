using System.Collections.Concurrent;
using System.Text;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// The dependency graph of a render, as keys: for each file, a hash of exactly the inputs it is made from.
/// A page's body is made from its source and, for each page it links to, whether the tree shows that page and its
/// address (and, for a link to one of its headings, its source and level); its file adds what the template is given about the page, its section and
/// breadcrumbs, its neighbours, its children and the top-level sections. A tree's own files are made from
/// the form of every page it shows (its tag pages) and their bodies (its search index, feed and sitemap). Everything else (config, theme, options, the trees) is the site key.
/// </summary>
/// <remarks>
/// A key that leaves an input out is a stale file, and a stale file is a spoiler bug: the incremental
/// property test compares every file with a cold render after random edits.
/// </remarks>
/// <param name="previous">
/// The digests of the previous render of the same site (<see cref="Digests"/>): a page that is the same object is not hashed again.
/// </param>
public sealed class RenderInputs(SiteModel site, Func<string, string?> sourceHash, string siteKey, IReadOnlyDictionary<string, PageDigests>? previous = null)
{
    // What many pages of a tree share (a section's children, the top-level sections) is hashed once per tree.
    private readonly ConcurrentDictionary<(string TreePath, string ParentKey), string> _childrenKeys = new();

    // What each page's body is made from in every tree, hashed once per render rather than once per tree.
    private readonly ConcurrentDictionary<string, (string Digest, SitePage[] Targets, SitePage[] FragmentTargets)> _bodyDigests = new(StringComparer.Ordinal);

    // What each page's form is made from in every tree, hashed once per render: each tree's forms key is made of these.
    private readonly ConcurrentDictionary<string, string> _formDigests = new(StringComparer.Ordinal);

    /// <summary>The config, theme and options (<paramref name="optionsKey"/>), and the trees with the levels they serve.</summary>
    public static string SiteKeyOf(string optionsKey, SiteModel site) => SiteKeyOf(optionsKey, [site]);

    /// <summary>The config, theme and options, and every language's trees.</summary>
    public static string SiteKeyOf(string optionsKey, IReadOnlyList<SiteModel> languages)
    {
        using var key = new ContentKey();
        key.Add(optionsKey).Add(languages.Count);
        foreach (var site in languages)
        {
            key.Add(site.Config.Language).Add(site.Trees.Length);
            foreach (var tree in site.Trees) key.Add(tree.Index).Add(tree.LastIndex).Add(tree.Path);
        }
        return key.Finish();
    }

    public string SiteKey => siteKey;

    /// <remarks>
    /// Only whether each linked page is in the tree differs from tree to tree: the rest is hashed once per page,
    /// and each tree's key is that hash with the tree's path and one mark per link.
    /// </remarks>
    public string Body(SitePage page, Tree tree)
    {
        var (digest, targets, _) = _bodyDigests.GetOrAdd(page.Key, _ => BodyDigest(page));
        var key = new StringBuilder(digest.Length + tree.Path.Length + targets.Length + 2).Append(digest).Append('/').Append(tree.Path).Append('/');
        foreach (var target in targets) key.Append(target.ExistsAt(tree.Index) ? '1' : '0');
        return key.ToString();
    }

    /// <summary>
    /// The digests of every page, by the page's key: the body's, what each page's body is made from in every tree alike,
    /// and the form's. A page whose body digest is its previous one has its previous body key in every tree whose pages are
    /// the same as before (the same forms key): the rest of a body key is the tree and which of the page's links that tree shows.
    /// </summary>
    public IReadOnlyDictionary<string, PageDigests> Digests()
    {
        var digests = new Dictionary<string, PageDigests>(site.Pages.Length, StringComparer.Ordinal);
        var oneLanguage = site.Translations.Languages.IsEmpty;
        foreach (var page in site.Pages)
        {
            var (body, targets, fragmentTargets) = _bodyDigests.GetOrAdd(page.Key, _ => BodyDigest(page));
            var form = _formDigests.GetOrAdd(page.Key, _ => FormDigest(page));
            digests[page.Key] = new PageDigests(page, sourceHash(page.ContentPath), body, targets, fragmentTargets, form, oneLanguage);
        }
        return digests;
    }

    /// <summary>The previous render's digests of a page, when it is the same object with the same source.</summary>
    private PageDigests? Earlier(SitePage page) =>
        previous?.GetValueOrDefault(page.Key) is { } earlier && ReferenceEquals(earlier.Page, page) && earlier.SourceHash == sourceHash(page.ContentPath) ? earlier : null;

    /// <summary>What a page's body is made from in every tree alike, the pages it links to in the order of their URLs, and those whose headings it names.</summary>
    private (string Digest, SitePage[] Targets, SitePage[] FragmentTargets) BodyDigest(SitePage page)
    {
        // The same page has the same links; a link to a heading reads its target's source and level, so the target must be the same object too.
        if (Earlier(page) is { } earlier && earlier.FragmentTargets.All(target => site.TryGetPage(target.Key, out var now) && ReferenceEquals(now, target)))
        {
            var targets = earlier.Targets.All(target => ReferenceEquals(site.Page(target.Key), target)) ? earlier.Targets : [.. earlier.Targets.Select(target => site.Page(target.Key))];
            return (earlier.Body, targets, earlier.FragmentTargets);
        }
        using var key = new ContentKey();
        key.Add(page.Key).Add(page.ContentPath).Add(sourceHash(page.ContentPath)).Add(page.Body is null).Add(page.Level);
        var links = page.LinkTargets.OrderBy(link => link.Key, StringComparer.Ordinal).ToList();
        key.Add(links.Count);
        var fragmentTargets = new List<SitePage>();
        foreach (var (url, targetKey) in links)
        {
            // A link reads whether its target is in the tree and its address; only a fragment reads the target's
            // headings, so only then does an edit of the target's text re-render the pages that link to it.
            var target = site.Page(targetKey);
            key.Add(url).Add(targetKey);
            if (!url.Contains('#', StringComparison.Ordinal)) continue;
            key.Add(target.ContentPath).Add(sourceHash(target.ContentPath)).Add(target.Level).Add(target.Body is null);
            fragmentTargets.Add(target);
        }
        return (key.Finish(), [.. links.Select(link => site.Page(link.Value))], [.. fragmentTargets]);
    }

    /// <summary>
    /// Whether a page's file is made from the same inputs as before without working out its key: its body's key is the
    /// same, and so is the form of every page its tree shows (<see cref="TreeForms"/>), from which all else in the key
    /// comes, as long as its ancestors are in the tree too.
    /// </summary>
    public bool SameFileInputs(TreeNavigation navigation, SitePage page, string bodyKey, string formsKey, string previousFormsKey, string previousBodyKey)
    {
        if (formsKey != previousFormsKey || bodyKey != previousBodyKey) return false;
        for (var ancestor = page.ParentKey; ancestor is not null; ancestor = site.Page(ancestor).ParentKey)
        {
            if (!site.Page(ancestor).ExistsAt(navigation.Tree.Index)) return false;
        }
        return true;
    }

    /// <summary>Everything a page's file is made from in one tree, its body's key included.</summary>
    public string PageFile(TreeNavigation navigation, SitePage page, string bodyKey)
    {
        var tree = navigation.Tree;
        using var key = new ContentKey();
        key.Add(bodyKey);
        Form(key, page, navigation);
        for (var ancestor = page.ParentKey; ancestor is not null; ancestor = site.Page(ancestor).ParentKey) Brief(key, site.Page(ancestor), navigation);
        // The page's neighbours, not its place among its siblings: a page added to a section changes the files of the pages
        // beside it, not of every page after it.
        var (siblings, position) = navigation.Siblings(page);
        var (hasPrevious, hasNext) = (position > 0, position >= 0 && position + 1 < siblings.Count);
        key.Add(hasPrevious).Add(hasNext);
        if (hasPrevious) Brief(key, siblings[position - 1], navigation);
        if (hasNext) Brief(key, siblings[position + 1], navigation);
        if (page.Kind != PageKind.Page) key.Add(ChildrenKey(navigation, page.Key));
        key.Add(ChildrenKey(navigation, ""));
        return key.Finish();
    }

    /// <summary>The pages and sections under a section as a tree lists them: their order, titles, summaries and newness.</summary>
    private string ChildrenKey(TreeNavigation navigation, string parentKey) =>
        _childrenKeys.GetOrAdd((navigation.Tree.Path, parentKey), _ =>
        {
            using var key = new ContentKey();
            var children = navigation.Children(parentKey);
            key.Add(children.Count);
            foreach (var child in children) Brief(key, child, navigation);
            return key.Finish();
        });

    /// <summary>What a tree's tag pages are made from: the form of each page it shows, in order.</summary>
    /// <remarks>
    /// Made of one digest per page of all that its form is made from in any tree (<see cref="FormDigest"/>), hashed once
    /// per render, and of the tree's place: rather than each page's form in each tree (12,000 forms for 1,000 pages × 12
    /// trees, each edit). A digest changes with values a tree may not show (a title from a later episode): that costs a
    /// render of the tree's tag pages, never a stale one.
    /// </remarks>
    public string TreeForms(TreeNavigation navigation, IReadOnlyList<SitePage> pages)
    {
        using var key = new ContentKey();
        key.Add(navigation.Tree.Index).Add(navigation.Tree.Path).Add(navigation.Previous?.Index ?? -1).Add(pages.Count);
        foreach (var page in pages) key.Add(_formDigests.GetOrAdd(page.Key, _ => FormDigest(page)));
        return key.Finish();
    }

    /// <summary>
    /// The form of every page of the site, in the order of its pages: where it is the previous render's, every tree shows the
    /// same pages in the same order (a page's level is in its form), so its <see cref="TreeForms"/> is the previous render's.
    /// One key for the site, rather than one over every page it shows for each tree (13,000 digests at 1,000 pages × 13 trees).
    /// </summary>
    public string LanguageForms()
    {
        using var key = new ContentKey();
        key.Add(site.Pages.Length);
        foreach (var page in site.Pages) key.Add(page.Key).Add(_formDigests.GetOrAdd(page.Key, _ => FormDigest(page)));
        return key.Finish();
    }

    /// <summary>
    /// Every input of <see cref="Form"/> but the tree: the page's translations in each language (their keys and levels),
    /// its model's fields, and its title, summary, image and tags at every level.
    /// </summary>
    private string FormDigest(SitePage page)
    {
        // Only the translations come from beyond the page itself: in a site of one language the same page has the same digest.
        if (site.Translations.Languages.IsEmpty && Earlier(page) is { OneLanguage: true } earlier) return earlier.Form;
        using var key = new ContentKey();
        foreach (var language in site.Translations.Languages)
        {
            key.Add(language.Code);
            if (language.Pages.TryGetValue(page.TranslationKey, out var translation)) key.Add(translation.Key).Add(translation.Level);
            else key.Add(-1);
        }
        key.Add("end of translations");
        key.Add(page.Key).Add((int)page.Kind).Add(page.DisplayPath).Add(page.ContentPath).Add(page.Level).Add(page.Weight)
            .Add(page.ParentKey).Add(page.LastModified.UtcTicks).Add(page.LastModified.Offset.Ticks);
        Progressive(key, page.Title);
        Progressive(key, page.Summary);
        Progressive(key, page.Image);
        key.Add(page.Tags.Length);
        foreach (var tag in page.Tags) key.Add(tag.Name).Add(tag.Level);
        return key.Finish();
    }

    private static void Progressive(ContentKey key, ProgressiveValue<string>? value)
    {
        if (value is null)
        {
            key.Add(-1);
            return;
        }
        key.Add(value.Entries.Length);
        foreach (var entry in value.Entries) key.Add(entry.Level).Add(entry.Value);
    }

    /// <summary>
    /// What every tag page of a tree reads besides its own list: the tree's place, its home's form (the breadcrumbs and the
    /// chooser's links) and the top-level sections (the menu).
    /// </summary>
    public string TagPagesContext(TreeNavigation navigation)
    {
        using var key = new ContentKey();
        key.Add(navigation.Tree.Index).Add(navigation.Tree.Path).Add(navigation.Previous?.Index ?? -1).Add(navigation.Next?.Index ?? -1)
            .Add(_formDigests.GetOrAdd("", _ => FormDigest(site.Page("")))).Add(ChildrenKey(navigation, ""));
        return key.Finish();
    }

    /// <summary>What a tree's list of tags is made from: each tag's name, address and count.</summary>
    public static string TagList(string context, TagIndex tags)
    {
        using var key = new ContentKey();
        key.Add(context).Add("tags").Add(tags.Tags.Count);
        foreach (var tag in tags.Tags) key.Add(tag.Name).Add(tag.Slug).Add(tag.Pages.Count);
        return key.Finish();
    }

    /// <summary>What one tag's page is made from: its name and each page it lists as the tree shows it, in order.</summary>
    public static string TagPage(string context, TagIndex.Tag tag, Tree tree)
    {
        using var key = new ContentKey();
        key.Add(context).Add("tag").Add(tag.Name).Add(tag.Slug).Add(tag.Pages.Count);
        foreach (var page in tag.Pages) key.Add(page.Page.Key).Add(page.Title).Add(page.Summary).Add(page.Url).Add(page.IsNew).Add(page.Page.ImageAt(tree.Index));
        return key.Finish();
    }

    /// <summary>What a tree's search index, feed and sitemap are made from: its pages' forms and bodies.</summary>
    public static string TreeBodies(string formsKey, IReadOnlyList<string> bodyKeys)
    {
        using var key = new ContentKey();
        key.Add(formsKey).Add(bodyKeys.Count);
        foreach (var bodyKey in bodyKeys) key.Add(bodyKey);
        return key.Finish();
    }

    /// <summary>
    /// What a tree's search index, feed and sitemap are made from, when its pages' forms are those of the render whose key
    /// was <paramref name="previousKey"/> and only the bodies of <paramref name="changed"/> differ: that key and the changed
    /// pages' body keys, rather than every page's. It never equals a key from <see cref="TreeBodies"/>: a later render that
    /// works out every page's keys makes the files again, which costs a closure, not a stale file.
    /// </summary>
    /// <param name="formsKey">The tree's new forms key, where its forms changed too (serve's <see cref="FormChanges"/>); null where they did not.</param>
    public static string TreeBodiesAfter(string previousKey, IEnumerable<(string PageKey, string BodyKey)> changed, string? formsKey = null)
    {
        var ordered = changed.OrderBy(page => page.PageKey, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0 && formsKey is null) return previousKey;
        using var key = new ContentKey();
        if (formsKey is null) key.Add("after").Add(previousKey);
        else key.Add("after forms").Add(previousKey).Add(formsKey);
        key.Add(ordered.Count);
        foreach (var (pageKey, bodyKey) in ordered) key.Add(pageKey).Add(bodyKey);
        return key.Finish();
    }

    /// <summary>All that a page's model says, as one tree shows it and in its spoiler-free form.</summary>
    private void Form(ContentKey key, SitePage page, TreeNavigation navigation)
    {
        var tree = navigation.Tree;
        // The page's translations that this tree shows: its alternate links, in the page and in the sitemap.
        foreach (var (language, pageKey) in site.Translations.At(page.TranslationKey, tree.Index)) key.Add(language.Code).Add(pageKey);
        key.Add("end of translations");
        key.Add(page.Key).Add((int)page.Kind).Add(page.DisplayPath).Add(page.ContentPath).Add(page.Level).Add(page.Weight)
            .Add(page.ImageAt(tree.Index)).Add(page.ImageAt(page.Level)).Add(page.ParentKey).Add(page.LastModified.UtcTicks).Add(page.LastModified.Offset.Ticks)
            .Add(page.TitleAt(tree.Index)).Add(page.SummaryAt(tree.Index)).Add(page.TitleAt(page.Level)).Add(page.SummaryAt(page.Level))
            .Add(navigation.Previous is not null && page.ExistsAt(navigation.Previous.Index));
        foreach (var tag in page.TagsAt(tree.Index)) key.Add(tag.Name).Add(tag.Level);
        key.Add("end of tags");
    }

    /// <summary>What a page's file shows of another page: its title, summary, image and address, and whether it is new.</summary>
    private static void Brief(ContentKey key, SitePage page, TreeNavigation navigation)
    {
        var tree = navigation.Tree;
        key.Add(page.Key).Add((int)page.Kind).Add(page.TitleAt(tree.Index)).Add(page.SummaryAt(tree.Index)).Add(page.ImageAt(tree.Index))
            .Add(navigation.Previous is not null && page.ExistsAt(navigation.Previous.Index));
    }
}
