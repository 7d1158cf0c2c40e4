using Markdig;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Renderers;
using SpoilerGen.Model;

namespace SpoilerGen.Render;

/// <summary>Renders a page's one parsed body for one tree, resolving its links within that tree.</summary>
public sealed class BodyRenderer(SiteModel site, MarkdownPipeline pipeline, SiteUrls urls)
{
    private readonly CheckpointLabels _labels = new(site.Config.Words);

    public RenderedBody Render(SitePage page, Tree tree, CancellationToken cancellation = default)
    {
        if (page.Body is null) return RenderedBody.Empty;
        var htmlScope = CreateScope(page, tree);
        var html = CheckpointHtmlRenderer.RenderBody(page.Body.Document, pipeline, htmlScope, cancellation);
        var text = CheckpointHtmlRenderer.RenderText(page.Body.Document, pipeline, CreateScope(page, tree), cancellation);
        return new RenderedBody(html, text, htmlScope.Headings, htmlScope.NewSections, htmlScope.ShowedNewContent);
    }

    private RenderScope CreateScope(SitePage page, Tree tree) => new(
        tree.Index,
        site.PreviousTree(tree)?.Index,
        level => site.Config.Words.Text(Translation.TranslationKeys.NewIn, null, ("episode", _labels.SpoilerFree(site.Timeline.Checkpoints[level]))),
        link => Resolve(page, tree, link),
        site.Config.Words.Text(Translation.TranslationKeys.FootnoteBack));

    /// <remarks>
    /// A fragment naming a heading that the tree does not show is left out: on the same page the link
    /// keeps only its text, on another page it leads to the page's top. Either way the id, which is made
    /// from the heading's text, is not written where the heading is hidden.
    /// </remarks>
    private LinkTarget Resolve(SitePage page, Tree tree, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (url.StartsWith('#') && !link.IsImage)
        {
            return HeadingShown(page, url[1..], tree) ? new LinkTarget.Url(url) : LinkTarget.AbsentTarget;
        }
        if (!page.LinkTargets.TryGetValue(url, out var targetKey)) return new LinkTarget.Url(urls.SiteRooted(url));

        var target = site.Page(targetKey);
        if (!target.ExistsAt(tree.Index)) return LinkTarget.AbsentTarget;
        var fragment = url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";
        if (fragment.Length > 1 && !HeadingShown(target, fragment[1..], tree)) fragment = "";
        return new LinkTarget.Url(urls.Page(tree, target) + fragment);
    }

    /// <summary>Whether the tree shows the heading with this id; an id that is not a heading's is left as written.</summary>
    private static bool HeadingShown(SitePage page, string fragment, Tree tree) =>
        page.Body is null
        || !HeadingAnchors.In(page.Body.Document).TryGetValue(Uri.UnescapeDataString(fragment), out var anchor)
        || Math.Max(anchor.Level, page.Level) <= tree.Index;
}
