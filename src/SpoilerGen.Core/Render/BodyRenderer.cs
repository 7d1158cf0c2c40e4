using Markdig;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup;
using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>Renders a page's one parsed body for one tree, resolving its links within that tree.</summary>
public sealed class BodyRenderer(SiteModel site, MarkdownPipeline pipeline, SiteUrls urls)
{
    /// <summary>The body's HTML and the headings it showed.</summary>
    public sealed record Result(string Html, IReadOnlyList<TocEntry> Headings);

    public Result Render(SitePage page, Tree tree)
    {
        if (page.Body is null) return new Result("", []);
        var previous = site.PreviousTree(tree);
        var scope = new RenderScope(
            tree.Index,
            previous?.Index,
            level => site.Timeline.Checkpoints[level].SpoilerFreeLabel,
            link => Resolve(page, tree, link));
        var html = CheckpointHtmlRenderer.RenderBody(page.Body, pipeline, scope);
        return new Result(html, scope.Headings);
    }

    private LinkTarget Resolve(SitePage page, Tree tree, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (!page.LinkTargets.TryGetValue(url, out var targetKey)) return new LinkTarget.Url(urls.SiteRooted(url));

        var target = site.Page(targetKey);
        if (!target.ExistsAt(tree.Index)) return LinkTarget.AbsentTarget;
        var fragment = url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";
        return new LinkTarget.Url(urls.Page(tree, target) + fragment);
    }
}
