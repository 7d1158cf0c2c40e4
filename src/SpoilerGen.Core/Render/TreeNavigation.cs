using System.Collections.Concurrent;
using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>
/// What every page of one tree shares: its neighbours, the ordered children of each section, the
/// checkpoint each episode's reader is sent to. Worked out once per tree instead of once per page,
/// where it cost more than the page itself (sorting a section's pages for each of them).
/// </summary>
public sealed class TreeNavigation
{
    private readonly SiteModel _site;
    private readonly ConcurrentDictionary<string, IReadOnlyList<SitePage>> _children = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (IReadOnlyList<SitePage> Pages, Dictionary<string, int> Positions)> _pages = new(StringComparer.Ordinal);

    public TreeNavigation(SiteModel site, Tree tree)
    {
        _site = site;
        Tree = tree;
        Previous = site.PreviousTree(tree);
        Next = site.NextTree(tree);
        // Made when a template first reads the chooser, if ever: made for each tree, n of each made a guide of n episodes cost n².
        _checkpointTrees = new(() => [.. site.Timeline.Checkpoints.Select(checkpoint => site.TreeFor(checkpoint.Index))]);
        var labels = new CheckpointLabels(site.Config.Words);
        _checkpointLabels = new(() => [.. site.Timeline.Checkpoints.Select(checkpoint => labels.At(checkpoint, tree.Index))]);
    }

    private readonly Lazy<IReadOnlyList<Tree>> _checkpointTrees;
    private readonly Lazy<IReadOnlyList<string>> _checkpointLabels;

    public Tree Tree { get; }

    public Tree? Previous { get; }

    public Tree? Next { get; }

    /// <summary>For each checkpoint, by index, the tree its readers get.</summary>
    public IReadOnlyList<Tree> CheckpointTrees => _checkpointTrees.Value;

    /// <summary>For each checkpoint, by index, its label as this tree may show it.</summary>
    public IReadOnlyList<string> CheckpointLabels => _checkpointLabels.Value;

    /// <summary>The pages and sections directly under a section (or the home), in reading order, as this tree shows them.</summary>
    public IReadOnlyList<SitePage> Children(string parentKey) =>
        _children.GetOrAdd(parentKey, key => [.. _site.ChildrenAt(key, Tree.Index)]);

    /// <summary>The pages (not sections) under a section, in reading order, and each one's place among them.</summary>
    public (IReadOnlyList<SitePage> Pages, int Position) Siblings(SitePage page)
    {
        if (page.ParentKey is not { } parentKey) return ([], -1);
        var (pages, positions) = _pages.GetOrAdd(parentKey, key =>
        {
            IReadOnlyList<SitePage> ordered = [.. Children(key).Where(p => p.Kind == PageKind.Page)];
            return (ordered, ordered.Select((p, i) => (p.Key, i)).ToDictionary(pair => pair.Key, pair => pair.i, StringComparer.Ordinal));
        });
        return (pages, positions.GetValueOrDefault(page.Key, -1));
    }
}
