using System.Collections.Concurrent;
using System.Text.Json;
using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;
using SpoilerGen.Render.Views;

namespace SpoilerGen.Render;

/// <summary>
/// Renders the whole site from the model: every page of every tree, in parallel, plus the files at
/// the root (the chooser, <c>levels.json</c>, theme assets, static files).
/// </summary>
public sealed class SiteRenderer
{
    private readonly SiteModel _site;
    private readonly SiteUrls _urls;
    private readonly TemplateRenderer _templates;
    private readonly BodyRenderer _bodies;
    private readonly ThemeTemplates _theme;
    private readonly DiagnosticBag _diagnostics;

    public SiteRenderer(SiteModel site, ThemeTemplates theme, MarkdownPipeline pipeline, string generatorVersion, DiagnosticBag diagnostics)
    {
        _site = site;
        _theme = theme;
        _diagnostics = diagnostics;
        _urls = new SiteUrls(site.Config.BasePath);
        var siteView = new SiteView(
            site.Config.Title, site.Config.Description, site.Config.Language, _urls.BasePath, site.Config.BaseUrl.ToString(),
            _urls.Asset(""), _urls.Root + LevelsFileName, _urls.Root);
        _templates = new TemplateRenderer(theme, siteView, new GeneratorView("SpoilerGen", generatorVersion), diagnostics);
        _bodies = new BodyRenderer(site, pipeline, _urls);
    }

    public const string LevelsFileName = "levels.json";

    public IReadOnlyList<OutputFile> Render(string siteRoot)
    {
        var work = _site.Trees.SelectMany(tree => _site.Pages.Where(page => page.ExistsAt(tree.Index)).Select(page => (tree, page))).ToList();
        var files = new ConcurrentBag<OutputFile>();
        Parallel.ForEach(work, item =>
        {
            if (RenderPage(item.tree, item.page) is { } html)
            {
                files.Add(new TextOutputFile(SiteUrls.PageFile(item.tree, item.page), html));
            }
        });

        if (RenderChooser() is { } chooser) files.Add(new TextOutputFile("index.html", chooser));
        files.Add(new TextOutputFile(LevelsFileName, RenderLevels()));
        foreach (var (name, asset) in _theme.Assets) files.Add(new BinaryOutputFile("assets/" + name, asset.Read()));
        foreach (var file in StaticFiles(siteRoot)) files.Add(file);
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private string? RenderPage(Tree tree, SitePage page)
    {
        var checkpoint = tree.Index;
        var previous = _site.PreviousTree(tree);
        var body = _bodies.Render(page, tree);
        var section = page.ParentKey is { Length: > 0 } parentKey ? _site.Page(parentKey) : null;
        var next = _site.NextTree(tree);

        var pageView = new PageView(
            Title: page.TitleAt(checkpoint),
            Summary: page.SummaryAt(checkpoint),
            Url: _urls.Page(tree, page),
            Kind: page.Kind.ToString().ToLowerInvariant(),
            Content: new HtmlFragment(body.Html),
            IsNew: IsNew(page, previous),
            Tags: [.. page.TagsAt(checkpoint).Select(tag => new TagView(tag.Name, null))],
            Toc: [.. body.Headings.Where(h => h.Level is >= 2 and <= 3)],
            SectionTitle: section?.TitleAt(checkpoint),
            SectionUrl: section is null ? null : _urls.Page(tree, section));

        var variables = new Dictionary<string, object?>
        {
            ["tree"] = TreeViewOf(tree, next),
            ["checkpoints"] = CheckpointViews(tree, page),
            ["next_url"] = next is null ? null : _urls.Page(next, page),
            ["sections"] = SectionLinks(tree, page),
            ["page"] = pageView,
            ["pages"] = page.Kind == PageKind.Page
                ? Array.Empty<PageListItemView>()
                : _site.ChildrenAt(page.Key, checkpoint).Select(child => new PageListItemView(
                    child.TitleAt(checkpoint), child.SummaryAt(checkpoint), _urls.Page(tree, child), IsNew(child, previous))).ToArray(),
        };
        var template = page.Kind switch
        {
            PageKind.Home => "home.html",
            PageKind.Section => "section.html",
            _ => "page.html",
        };
        return _templates.Render(template, variables);
    }

    private static bool IsNew(SitePage page, Tree? previous) => previous is not null && !page.ExistsAt(previous.Index);

    private TreeView TreeViewOf(Tree tree, Tree? next)
    {
        var checkpoints = _site.Timeline.Checkpoints;
        var label = checkpoints[tree.Index].LabelAt(tree.Index);
        if (tree.LastIndex > tree.Index) label += $" – {checkpoints[tree.LastIndex].SpoilerFreeLabel}";
        return new TreeView(tree.Path, _urls.Tree(tree), tree.Index, tree.LastIndex, label,
            next is null ? null : checkpoints[next.Index].SpoilerFreeLabel);
    }

    private CheckpointView[] CheckpointViews(Tree tree, SitePage page) =>
        [.. _site.Timeline.Checkpoints.Select(checkpoint =>
        {
            var target = _site.TreeFor(checkpoint.Index);
            var pageUrl = page.ExistsAt(target.Index) ? _urls.Page(target, page) : _urls.Tree(target);
            return new CheckpointView(checkpoint.Index, checkpoint.EpisodeId, checkpoint.LabelAt(tree.Index),
                _urls.Tree(target), tree.Serves(checkpoint.Index), pageUrl);
        })];

    private NavLinkView[] SectionLinks(Tree tree, SitePage current) =>
        [.. _site.ChildrenAt("", tree.Index)
            .Where(page => page.Kind == PageKind.Section)
            .Select(section => new NavLinkView(section.TitleAt(tree.Index), _urls.Page(tree, section),
                current.Key.StartsWith(section.Key, StringComparison.Ordinal)))];

    /// <summary>The root chooser is read before any episode: its labels never hold an episode title.</summary>
    private string? RenderChooser()
    {
        var checkpoints = _site.Timeline.Checkpoints.Select(checkpoint =>
        {
            var tree = _site.TreeFor(checkpoint.Index);
            return new CheckpointView(checkpoint.Index, checkpoint.EpisodeId, checkpoint.SpoilerFreeLabel, _urls.Tree(tree), false, _urls.Tree(tree));
        }).ToArray();
        return _templates.Render("chooser.html", new Dictionary<string, object?>
        {
            ["checkpoints"] = checkpoints,
            ["page"] = null,
            ["tree"] = null,
        });
    }

    private string RenderLevels()
    {
        var levels = _site.Timeline.Checkpoints.Select(checkpoint => new LevelEntry(
            checkpoint.Index, checkpoint.EpisodeId, _site.TreeFor(checkpoint.Index).Path, checkpoint.SpoilerFreeLabel));
        return JsonSerializer.Serialize(levels, LevelsJsonContext.Default.IEnumerableLevelEntry);
    }

    private static IEnumerable<OutputFile> StaticFiles(string siteRoot)
    {
        var folder = Path.Combine(siteRoot, StaticFolderName);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => new CopiedOutputFile(Path.GetRelativePath(folder, file).Replace('\\', '/'), file));
    }

    public const string StaticFolderName = "static";
}
