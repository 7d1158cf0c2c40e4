using Markdig;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup;
using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>Renders a page's one parsed body for one tree, resolving its links within that tree.</summary>
public sealed class BodyRenderer(SiteModel site, MarkdownPipeline pipeline, SiteUrls urls)
{
    public RenderedBody Render(SitePage page, Tree tree)
    {
        if (page.Body is null) return RenderedBody.Empty;
        var htmlScope = CreateScope(page, tree);
        var html = CheckpointHtmlRenderer.RenderBody(page.Body, pipeline, htmlScope);
        var text = CheckpointHtmlRenderer.RenderText(page.Body, pipeline, CreateScope(page, tree));
        return new RenderedBody(html, text, htmlScope.Headings, htmlScope.NewSections, htmlScope.ShowedNewContent);
    }

    private RenderScope CreateScope(SitePage page, Tree tree) => new(
        tree.Index,
        site.PreviousTree(tree)?.Index,
        level => site.Timeline.Checkpoints[level].SpoilerFreeLabel,
        link => Resolve(page, tree, link));

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
