using Markdig;
using Markdig.Syntax.Inlines;
using SpoilerGen.Load;
using SpoilerGen.Markup.SpoilerMap;
using SpoilerGen.Model;

namespace SpoilerGen.Render.SpoilerMap;

/// <summary>
/// Builds a page's <see cref="SpoilerMap"/> from the model and the page's one parse, beside the trees'
/// renders and without changing them. Links lead to the linked page's map, so an author can walk the site.
/// </summary>
/// <param name="mapUrl">The URL of a page's map.</param>
public sealed class SpoilerMapBuilder(SiteModel site, MarkdownPipeline pipeline, SiteUrls urls, Func<SitePage, string> mapUrl)
{
    public SpoilerMap Build(SitePage page)
    {
        var regions = new List<SpoilerRegion>();
        if (page.Level > 0) regions.Add(FrontMatterRegion(SpoilerRegionKind.Page, page.Level, page.Level, page.DisplayPath));
        AddProgressive(regions, SpoilerRegionKind.Title, page, page.Title);
        if (page.Summary is { } summary) AddProgressive(regions, SpoilerRegionKind.Summary, page, summary);
        foreach (var tag in page.Tags.Where(tag => tag.Level > 0))
        {
            regions.Add(FrontMatterRegion(SpoilerRegionKind.Tag, tag.Level, Math.Max(tag.Level, page.Level), tag.Name));
        }

        var bodyHtml = "";
        if (page.Body is not null)
        {
            var scope = new SpoilerMapScope(page.Level, Label, link => Resolve(page, link), page.BodyLineOffset);
            bodyHtml = SpoilerMapHtmlRenderer.RenderBody(page.Body.Document, pipeline, scope);
            regions.AddRange(scope.Regions);
        }
        return new SpoilerMap(page, page.TitleAt(site.Timeline.LastIndex), regions, bodyHtml);
    }

    private string Label(int level) => site.Timeline.Checkpoints[level].SpoilerFreeLabel;

    /// <summary>Every value but the first of a progressive title or summary is a region: the first is what everyone sees.</summary>
    private void AddProgressive(List<SpoilerRegion> regions, SpoilerRegionKind kind, SitePage page, ProgressiveValue<string> value)
    {
        foreach (var entry in value.Entries.Where(entry => entry.Level > 0))
        {
            regions.Add(FrontMatterRegion(kind, entry.Level, Math.Max(entry.Level, page.Level), entry.Value));
        }
    }

    private SpoilerRegion FrontMatterRegion(SpoilerRegionKind kind, int level, int shownFrom, string text) =>
        new(kind, site.Timeline.Checkpoints[level].EpisodeId, level, shownFrom, Line: 0, Column: 0, text);

    private string Resolve(SitePage page, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        if (!page.LinkTargets.TryGetValue(url, out var targetKey)) return urls.SiteRooted(url);
        var fragment = url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";
        return mapUrl(site.Page(targetKey)) + fragment;
    }
}
