using System.Collections.Immutable;
using System.Globalization;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Model;

/// <summary>
/// Turns the loaded sources into the site model: pages with their URLs and effective levels, the
/// links between them, and the trees to build (one per checkpoint, or per listed checkpoint).
/// </summary>
public sealed class SiteModelBuilder(SiteConfig config, DiagnosticBag diagnostics)
{
    // Each folder's section key, worked out once a build rather than for every page in it.
    private readonly Dictionary<string, string> _sectionKeys = new(StringComparer.Ordinal);

    // The names this build made pages from, with their slugs (see SiteModel.CheckedNames); and the previous build's.
    private readonly Dictionary<PageName, string> _checkedNames = [];
    private IReadOnlyDictionary<PageName, string> _earlierNames = new Dictionary<PageName, string>();

    /// <summary>
    /// The model of each language of the config, the default first, from its own sources (<see cref="TranslationFiles"/>),
    /// each knowing every language's pages for the links between translations.
    /// </summary>
    /// <param name="previous">
    /// The models of the previous load of the same site, by language code: a page equal in every field to its page there is
    /// that same object, so that what is kept per page (the render's digests) is found by identity.
    /// </param>
    public static ImmutableArray<SiteModel> BuildLanguages(SiteConfig config, IReadOnlyList<IReadOnlyList<SourcePage>> sourcesByLanguage, bool includeDrafts, DiagnosticBag diagnostics,
        IEnumerable<SiteModel>? previous = null)
    {
        var configs = config.AllLanguages.ToList();
        var defaultIndexes = sourcesByLanguage[0].Where(source => source.IsSectionIndex).ToList();
        var earlier = (previous ?? []).ToDictionary(model => model.Config.Language, StringComparer.Ordinal);
        var models = configs.Select((language, index) =>
            new SiteModelBuilder(language, diagnostics).Build(sourcesByLanguage[index], includeDrafts, index == 0 ? [] : defaultIndexes,
                earlier.GetValueOrDefault(language.Language))).ToList();
        var translations = SiteTranslations.Of(models);
        return [.. models.Select(model => model.WithTranslations(translations))];
    }

    /// <param name="inheritedIndexes">
    /// The default language's section files: a translation's folder without an <c>_index</c> of its own keeps the
    /// level the default language gives the folder, so that a section hidden until an episode stays hidden in every language.
    /// </param>
    /// <param name="previous">This language's model from the previous load of the same site: a page equal to its page there is that object.</param>
    public SiteModel Build(IReadOnlyList<SourcePage> sources, bool includeDrafts, IReadOnlyList<SourcePage>? inheritedIndexes = null, SiteModel? previous = null)
    {
        _earlierNames = previous?.CheckedNames ?? _earlierNames;
        var published = sources.Where(source => includeDrafts || !source.FrontMatter.Draft).ToList();
        var ownIndexFolders = sources.Where(s => s.IsSectionIndex).Select(s => s.Folder).ToHashSet(StringComparer.Ordinal);
        var levelSources = sources.Concat((inheritedIndexes ?? []).Where(index => !ownIndexFolders.Contains(index.Folder))).ToList();
        var pages = BuildPages(published, SectionLevels(levelSources));
        var withLinks = ResolveLinks(pages, published, DraftPaths(sources, includeDrafts), previous);
        var trees = BuildTrees();
        return new SiteModel(config, [.. withLinks.Select(page => SameAsBefore(page, previous))], trees) { CheckedNames = _checkedNames };
    }

    /// <summary>
    /// The previous model's page of the same key when it is equal to <paramref name="page"/> in every field (a record's
    /// equality: the parse, front matter values, facts and links by identity, see <see cref="SameLinksAsBefore"/>), else the page itself.
    /// </summary>
    private static SitePage SameAsBefore(SitePage page, SiteModel? previous) =>
        previous is not null && previous.TryGetPage(page.Key, out var earlier) && earlier.Equals(page) ? earlier : page;

    /// <summary>The previous model's links of the page of this key when they are <paramref name="targets"/>, else these as a new value.</summary>
    private static ImmutableDictionary<string, string> SameLinksAsBefore(Dictionary<string, string> targets, string key, SiteModel? previous)
    {
        if (previous is not null && previous.TryGetPage(key, out var earlier) && earlier.LinkTargets.Count == targets.Count && SameTargets(earlier.LinkTargets, targets))
        {
            return earlier.LinkTargets;
        }
        return targets.ToImmutableDictionary(StringComparer.Ordinal);

        static bool SameTargets(ImmutableDictionary<string, string> earlierTargets, Dictionary<string, string> targets)
        {
            foreach (var (url, target) in targets)
            {
                if (!earlierTargets.TryGetValue(url, out var earlierTarget) || earlierTarget != target) return false;
            }
            return true;
        }
    }

    /// <summary>
    /// The level of each folder: the highest of its own and its parents' <c>_index.md</c>, drafts included.
    /// A draft hides its index page only: the folder's level stays, or its pages would show from the start.
    /// </summary>
    private static Dictionary<string, int> SectionLevels(IReadOnlyList<SourcePage> allSources)
    {
        var indexLevel = allSources.Where(s => s.IsSectionIndex).ToDictionary(s => s.Folder, s => s.FrontMatter.Level, StringComparer.Ordinal);
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var folder in allSources.Select(s => s.Folder).SelectMany(AncestorsAndSelf).Distinct(StringComparer.Ordinal).OrderBy(f => f.Length))
        {
            var parentLevel = folder.Length == 0 ? 0 : levels[ParentFolder(folder)];
            levels[folder] = Math.Max(parentLevel, indexLevel.GetValueOrDefault(folder));
        }
        return levels;
    }

    private List<SitePage> BuildPages(List<SourcePage> sources, Dictionary<string, int> explicitLevel)
    {
        var indexByFolder = sources.Where(s => s.IsSectionIndex).ToDictionary(s => s.Folder, StringComparer.Ordinal);
        var folders = sources.Select(s => s.Folder).SelectMany(AncestorsAndSelf).Distinct(StringComparer.Ordinal).ToList();
        if (indexByFolder.TryGetValue("", out var home) && home.FrontMatter.Level > 0)
        {
            diagnostics.Error(home.FrontMatter.Position, DiagnosticCodes.FrontMatterInvalid, "the home page exists in every tree and cannot have a spoiler level");
        }

        var pages = new List<SitePage>();
        foreach (var source in sources.Where(s => !s.IsSectionIndex))
        {
            var level = Math.Max(explicitLevel[source.Folder], source.FrontMatter.Level);
            var name = new PageName(source.FrontMatter.Slug ?? Path.GetFileNameWithoutExtension(source.PagePath), source.FrontMatter.Slug is not null);
            // A name the previous build made a page from has no problem (the checks read the name alone): a rebuild checks
            // only new names, not the spoiler-markup look-alikes of every file name again.
            if (!_earlierNames.TryGetValue(name, out var slug))
            {
                // An empty slug would put the page at its section's own URL, and which one won would depend on the run.
                // (A slug too long for a file system is reported at its value, as the front matter is read.)
                if ((name.IsSlug ? ContentNameRules.EmptySlug(name.Text) : ContentNameRules.PageFileName(name.Text)) is { } problem)
                {
                    diagnostics.Error(name.IsSlug ? source.FrontMatter.Position : SourcePosition.StartOf(source.DisplayPath), problem.Code, problem.Message);
                    continue;
                }
                slug = Slugifier.Slugify(name.Text);
            }
            _checkedNames.TryAdd(name, slug);
            ReportEmptyTagSlugs(source);
            ReportControlCharacters(source);
            var key = SectionKey(source.Folder) + slug + "/";
            pages.Add(CreatePage(source, key, PageKind.Page, level, SectionKey(source.Folder), source.FrontMatter.Title is null ? TitleFromName(slug) : ""));
        }

        // A folder is named as its files are, from where the command runs: the display path of a file of the site less
        // its path inside content/, so that an editor or a SARIF viewer opens what a message names.
        var contentDisplayPath = sources.FirstOrDefault() is { } any ? any.DisplayPath[..^any.ContentPath.Length] : ContentLoader.ContentFolderName + "/";
        string FolderDisplayPath(string folder) => (contentDisplayPath + folder).TrimEnd('/');

        foreach (var folder in folders.Where(f => f.Length > 0))
        {
            if (ContentNameRules.FolderName(Path.GetFileName(folder)) is not { } problem) continue;
            diagnostics.Error(SourcePosition.StartOf(FolderDisplayPath(folder)), problem.Code, problem.Message);
        }
        foreach (var index in indexByFolder.Values)
        {
            ReportEmptyTagSlugs(index);
            ReportControlCharacters(index);
        }

        // A folder without an _index.md exists from the moment anything in it does. Its level is its children's lowest,
        // its subfolders' included, which come first (the longer paths).
        var childrenOf = pages.Where(p => p.ParentKey is not null).GroupBy(p => p.ParentKey!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        void Add(SitePage page)
        {
            pages.Add(page);
            if (page.ParentKey is null) return;
            if (!childrenOf.TryGetValue(page.ParentKey, out var siblings)) childrenOf[page.ParentKey] = siblings = [];
            siblings.Add(page);
        }
        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            var key = SectionKey(folder);
            var parentKey = folder.Length == 0 ? null : SectionKey(ParentFolder(folder));
            var kind = folder.Length == 0 ? PageKind.Home : PageKind.Section;
            var fallbackTitle = folder.Length == 0 ? config.Title : TitleFromName(Path.GetFileName(folder));
            if (indexByFolder.TryGetValue(folder, out var index))
            {
                Add(CreatePage(index, key, kind, explicitLevel[folder], parentKey, fallbackTitle));
                continue;
            }
            var children = childrenOf.GetValueOrDefault(key) ?? [];
            var level = kind == PageKind.Home ? 0 : Math.Max(explicitLevel[folder], children.Select(p => p.Level).DefaultIfEmpty(0).Min());
            Add(new SitePage(key, kind, FolderDisplayPath(folder), folder, level,
                ProgressiveValue<string>.Constant(fallbackTitle), null, [], 0, null, null, parentKey, ImmutableDictionary<string, string>.Empty,
                children.Select(p => p.LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max())
            { TranslationKey = SectionTranslationKey(folder) });
        }
        if (!pages.Any(p => p.Kind == PageKind.Home))
        {
            pages.Add(new SitePage("", PageKind.Home, FolderDisplayPath(""), "", 0,
                ProgressiveValue<string>.Constant(config.Title), null, [], 0, null, null, null, ImmutableDictionary<string, string>.Empty,
                pages.Select(p => p.LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max())
            { TranslationKey = SectionTranslationKey("") });
        }

        foreach (var page in pages)
        {
            if (ContentNameRules.ReservedUrl(page.Key) is { } problem) diagnostics.Error(SourcePosition.StartOf(page.DisplayPath), problem.Code, problem.Message);
        }
        foreach (var duplicate in pages.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var page in duplicate.Skip(1))
            {
                diagnostics.Error(SourcePosition.StartOf(page.DisplayPath), DiagnosticCodes.DuplicateUrl,
                    $"this page's URL '/{duplicate.Key}' is also the URL of {duplicate.First().DisplayPath}; give one of them another 'slug'");
            }
        }
        return pages.DistinctBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>A tag whose name has no letter or digit would have no page of its own, and would vanish from its pages.</summary>
    private void ReportEmptyTagSlugs(SourcePage source)
    {
        foreach (var tag in source.Facts.TagsWithoutSlug)
        {
            diagnostics.Error(source.FrontMatter.Position, DiagnosticCodes.EmptyTagSlug,
                $"the tag '{tag}' has no letter or digit to make its page's URL from; name it with words");
        }
    }

    /// <summary>A YAML escape such as "\x1B" can put a control character in a value, which no feed or sitemap may hold.</summary>
    private void ReportControlCharacters(SourcePage source)
    {
        if (source.Facts.ControlCharacter is not { } character) return;
        diagnostics.Error(source.FrontMatter.Position, DiagnosticCodes.ControlCharacter,
            $"a value here holds the control character U+{(int)character:X4}, which cannot be published (no feed or sitemap may hold it); remove it");
    }

    private SitePage CreatePage(SourcePage source, string key, PageKind kind, int level, string? parentKey, string fallbackTitle)
    {
        var frontMatter = source.FrontMatter;
        var title = frontMatter.Title;
        if (title is null && kind == PageKind.Page && !frontMatter.IsUnreadable)
        {
            diagnostics.Error(frontMatter.Position, DiagnosticCodes.MissingTitle, "the page has no 'title' in its front matter");
        }
        else if (title is not null && title.FirstLevel > level)
        {
            var firstShown = config.Timeline.Checkpoints[level];
            diagnostics.Error(frontMatter.Position, DiagnosticCodes.MissingTitle,
                $"the title has no value at '{firstShown.EpisodeId ?? FrontMatterParser.StartKey}', where the page first exists; add that key to the title");
        }
        return new SitePage(key, kind, source.DisplayPath, source.ContentPath, level,
            title ?? ProgressiveValue<string>.Constant(fallbackTitle), frontMatter.Summary, frontMatter.Tags,
            frontMatter.Weight, frontMatter.Image, source.Body, parentKey, ImmutableDictionary<string, string>.Empty, source.LastModified)
        {
            BodyLineOffset = source.BodyLineOffset,
            Facts = source.Facts,
            TranslationKey = source.IsSectionIndex ? SectionTranslationKey(source.Folder) : source.PagePath,
        };
    }

    /// <summary>
    /// Finds each page's links to other Markdown files and records which page each one names. A link
    /// that is live later than its own text is shown gets a warning: readers in between see only its text.
    /// </summary>
    /// <summary>The content paths of drafts left out of this build, so that a link to one can say why it leads nowhere.</summary>
    private static HashSet<string> DraftPaths(IReadOnlyList<SourcePage> sources, bool includeDrafts) =>
        includeDrafts ? [] : sources.Where(source => source.FrontMatter.Draft).Select(source => source.ContentPath).ToHashSet(StringComparer.Ordinal);

    private List<SitePage> ResolveLinks(List<SitePage> pages, List<SourcePage> sources, HashSet<string> drafts, SiteModel? previous)
    {
        var byContentPath = pages.Where(p => p.Body is not null).ToDictionary(p => p.ContentPath, StringComparer.Ordinal);
        // A translation links to 'on-jo.md' and means the translation in its own language, as Hugo's ref does.
        foreach (var source in sources.Where(s => s.PagePath != s.ContentPath))
        {
            if (byContentPath.TryGetValue(source.ContentPath, out var translated)) byContentPath.TryAdd(source.PagePath, translated);
        }
        // Only a link to no page needs them.
        var sourcePaths = new Lazy<HashSet<string>>(() => sources.Select(s => s.ContentPath).ToHashSet(StringComparer.Ordinal));
        var collisionKeys = new Lazy<HashSet<string>>(() => sources.Select(s => FileNameCollisions.Key(s.ContentPath)).ToHashSet(StringComparer.Ordinal));
        var result = new List<SitePage>(pages.Count);
        foreach (var page in pages)
        {
            if (page.Body is null)
            {
                result.Add(page);
                continue;
            }
            var targets = new Dictionary<string, string>(StringComparer.Ordinal);
            // The links as the parse holds them, read once per parse (SourceFacts): a rebuild walks no unchanged parse.
            foreach (var link in page.Facts.Links)
            {
                if (!link.IsPageLink) continue;
                var (url, position, level, targetPath) = (link.Url, link.Position, Math.Max(page.Level, link.MarkupLevel), link.PageTarget);
                if (targetPath is null || !byContentPath.TryGetValue(targetPath, out var target))
                {
                    // A file that is there but made no page (its name or URL collides) has an error of its own.
                    if (targetPath is not null && (sourcePaths.Value.Contains(targetPath) || collisionKeys.Value.Contains(FileNameCollisions.Key(targetPath)))) continue;
                    diagnostics.Error(position, DiagnosticCodes.LinkTargetMissing, targetPath is not null && drafts.Contains(targetPath)
                        ? $"link to '{url}': that page is a draft ('draft: true'), so it is not published and the link would lead nowhere; remove 'draft: true' from it when it is ready, preview it with --drafts, or remove the link"
                        : config.LanguageFolder.Length > 0
                            ? $"link to '{url}': no page in '{config.Language}' there (a translation links to the pages of its own language: write that page's '{config.Language}' translation, or remove the link)"
                            : $"link to '{url}': no such page under content/");
                    continue;
                }
                targets[url] = target.Key;
                if (target.Level > level)
                {
                    diagnostics.Warning(position, DiagnosticCodes.LinkTargetNotYetShown,
                        $"link to '{url}' is shown from {config.Timeline.Checkpoints[level].SpoilerFreeLabel}, but its page exists only from {config.Timeline.Checkpoints[target.Level].SpoilerFreeLabel}: until then readers see its text without a link");
                }
            }
            result.Add(page with { LinkTargets = SameLinksAsBefore(targets, page.Key, previous) });
        }
        return result;
    }

    /// <summary>
    /// One tree per checkpoint, or exactly those <c>checkpoints:</c> lists: the set follows from the config
    /// alone. Merging trees whose content is the same would tell an early reader, by the menus, the chooser
    /// and levels.json, at which later episodes the guide changes.
    /// </summary>
    private ImmutableArray<Tree> BuildTrees()
    {
        var ordered = config.Checkpoints ?? [.. Enumerable.Range(0, config.Timeline.LastIndex + 1)];
        return [.. ordered.Select((index, i) => new Tree(
            index,
            i + 1 < ordered.Count ? ordered[i + 1] - 1 : config.Timeline.LastIndex,
            config.LanguageFolder + (index == 0 ? Tree.StartPath : config.Timeline.Checkpoints[index].EpisodeId + "/"))
        { LanguageFolder = config.LanguageFolder })];
    }

    /// <summary>A relative link to a Markdown file: no scheme, not site-rooted, ending in .md before any fragment.</summary>
    public static bool IsPageLink(string url)
    {
        if (url.Length == 0 || url.StartsWith('/') || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return false;
        var path = url.Split('#', 2)[0];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The content path a page link names from the folder of <paramref name="fromContentPath"/>; null when it climbs above <c>content/</c>.</summary>
    public static string? ResolveContentPath(string fromContentPath, string url)
    {
        var path = Uri.UnescapeDataString(url.Split('#', 2)[0]);
        var segments = new List<string>((Path.GetDirectoryName(fromContentPath) ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0) return null;
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }
        return string.Join('/', segments);
    }

    private static IEnumerable<string> AncestorsAndSelf(string folder)
    {
        for (var current = folder; ; current = ParentFolder(current))
        {
            yield return current;
            if (current.Length == 0) yield break;
        }
    }

    private static string ParentFolder(string folder)
    {
        var slash = folder.LastIndexOf('/');
        return slash < 0 ? "" : folder[..slash];
    }

    /// <summary>What pairs a section with its translations, whether or not it has an <c>_index</c> file in each language.</summary>
    private static string SectionTranslationKey(string folder) => folder.Length == 0 ? SourcePage.SectionIndexName : folder + "/" + SourcePage.SectionIndexName;

    private string SectionKey(string folder)
    {
        if (folder.Length == 0) return "";
        if (!_sectionKeys.TryGetValue(folder, out var key)) _sectionKeys[folder] = key = string.Join('/', folder.Split('/').Select(Slugifier.Slugify)) + "/";
        return key;
    }

    private static string TitleFromName(string name) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' ').Replace('_', ' '));
}
