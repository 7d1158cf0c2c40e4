using System.Collections.Immutable;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;

namespace SpoilerGen.Model;

/// <summary>The whole site, loaded once and never changed: what every tree is rendered from, in parallel.</summary>
public sealed class SiteModel
{
    // Never changed after the constructor; a dictionary is built and read faster than an immutable one, and every render reads it.
    private readonly Dictionary<string, SitePage> _byKey;
    private readonly ILookup<string, SitePage> _children;

    // By checkpoint index, the tree its readers get: every tree asks it of every checkpoint, so a
    // search per question made a guide of n episodes cost n³.
    private readonly ImmutableArray<Tree?> _treeAtCheckpoint;
    private readonly Dictionary<Tree, int> _positionOfTree;

    /// <summary>The same model, its lookups shared (they are never changed): only what is set with <c>init</c> differs.</summary>
    private SiteModel(SiteModel model)
    {
        (Config, Pages, Trees, CheckedNames) = (model.Config, model.Pages, model.Trees, model.CheckedNames);
        (_byKey, _children, _treeAtCheckpoint, _positionOfTree) = (model._byKey, model._children, model._treeAtCheckpoint, model._positionOfTree);
    }

    public SiteModel(SiteConfig config, ImmutableArray<SitePage> pages, ImmutableArray<Tree> trees)
    {
        Config = config;
        Pages = pages;
        Trees = trees;
        _byKey = pages.ToDictionary(page => page.Key, StringComparer.Ordinal);
        _children = pages.Where(page => page.ParentKey is not null).ToLookup(page => page.ParentKey!, StringComparer.Ordinal);
        var treeAtCheckpoint = new Tree?[config.Timeline.Checkpoints.Length];
        foreach (var tree in trees)
        {
            for (var checkpoint = Math.Max(tree.Index, 0); checkpoint <= tree.LastIndex && checkpoint < treeAtCheckpoint.Length; checkpoint++) treeAtCheckpoint[checkpoint] = tree;
        }
        _treeAtCheckpoint = [.. treeAtCheckpoint];
        _positionOfTree = trees.Select((tree, position) => (tree, position)).ToDictionary(pair => pair.tree, pair => pair.position);
    }

    public SiteConfig Config { get; }

    /// <summary>Every language's pages by translation key, for the links between a page and its translations; empty for one language.</summary>
    public SiteTranslations Translations { get; init; } = SiteTranslations.None;

    public Timeline Timeline => Config.Timeline;

    public ImmutableArray<SitePage> Pages { get; }

    public ImmutableArray<Tree> Trees { get; }

    /// <summary>The same model, knowing the site's languages.</summary>
    public SiteModel WithTranslations(SiteTranslations translations) => new(this) { Translations = translations };

    /// <summary>
    /// The names (file names and slugs) its pages were made from, with their slugs: each passed the name checks, which read
    /// the name alone, so the next model of the same site takes a name it finds here without checking it again.
    /// </summary>
    public IReadOnlyDictionary<PageName, string> CheckedNames { get; init; } = new Dictionary<PageName, string>();

    public SitePage Page(string key) => _byKey[key];

    public bool TryGetPage(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out SitePage page) => _byKey.TryGetValue(key, out page);

    /// <summary>The pages and sections directly under a section (or the home), in reading order, as a tree shows them.</summary>
    public IEnumerable<SitePage> ChildrenAt(string parentKey, int checkpoint) =>
        _children[parentKey]
            .Where(page => page.ExistsAt(checkpoint))
            .OrderBy(page => page.Kind == PageKind.Section ? 1 : 0)
            .ThenBy(page => page.Weight)
            .ThenBy(page => page.TitleAt(checkpoint), StringComparer.OrdinalIgnoreCase)
            .ThenBy(page => page.Key, StringComparer.Ordinal);

    /// <summary>The tree that a reader at a checkpoint is sent to: the nearest tree at or before it.</summary>
    public Tree TreeFor(int checkpoint) =>
        checkpoint >= 0 && checkpoint < _treeAtCheckpoint.Length && _treeAtCheckpoint[checkpoint] is { } tree ? tree : TreeSearchedFor(checkpoint);

    /// <summary>The tree of a page's spoiler-free form: the first that shows it. Search engines and share previews get this one.</summary>
    /// <remarks>With <c>checkpoints:</c> in the config there may be no tree at the page's own level: the next one shows it first.</remarks>
    public Tree FirstTree(SitePage page) => Trees.FirstOrDefault(tree => tree.Index >= page.Level) ?? Trees[^1];

    public Tree? NextTree(Tree tree) => _positionOfTree.TryGetValue(tree, out var position)
        ? position + 1 < Trees.Length ? Trees[position + 1] : null
        : Trees.FirstOrDefault(candidate => candidate.Index > tree.Index);

    public Tree? PreviousTree(Tree tree) => _positionOfTree.TryGetValue(tree, out var position)
        ? position > 0 ? Trees[position - 1] : null
        : Trees.LastOrDefault(candidate => candidate.Index < tree.Index);

    private Tree TreeSearchedFor(int checkpoint) => Trees.Last(tree => tree.Index <= checkpoint);
}
