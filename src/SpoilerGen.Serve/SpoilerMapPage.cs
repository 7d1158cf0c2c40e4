using System.Globalization;
using System.Net;
using System.Text;
using SpoilerGen.Markup.SpoilerMap;
using SpoilerGen.Model;
using SpoilerGen.Render.SpoilerMap;

namespace SpoilerGen.Serve;

/// <summary>
/// The spoiler map as a page of serve's own: what every reader sees of the page unmarked, a list of
/// every region with its episode, and the body in its fullest form with each region outlined.
/// </summary>
public static class SpoilerMapPage
{
    public static string Html(SpoilerMap map, SiteSnapshot snapshot, ServeState state)
    {
        var site = snapshot.Site;
        var page = map.Page;
        var checkpoints = site.Timeline.Checkpoints;
        var lastTree = site.Trees[^1];
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(site.Config.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Spoiler map: ").Append(Encode(map.Title)).Append("</title>\n")
            .Append("</head>\n<body class=\"sg-map\">\n<main>\n");
        html.Append("<h1>Spoiler map: ").Append(Encode(map.Title)).Append("</h1>\n");
        html.Append("<p class=\"sg-map-source\">").Append(Encode(page.DisplayPath)).Append(" · the page exists from ")
            .Append(Encode(checkpoints[page.Level].SpoilerFreeLabel)).Append(" · <a href=\"")
            .Append(Encode(snapshot.Urls.Page(lastTree, page))).Append("\">the page in its fullest form</a></p>\n");

        html.Append("<p class=\"sg-map-unmarked\">Everything without an outline is shown to every reader of this page, from <strong>")
            .Append(Encode(checkpoints[page.Level].SpoilerFreeLabel)).Append("</strong> on: check that none of it spoils. ")
            .Append("Each outlined region is labelled with its kind, its episode id and the episode from which it is shown; ")
            .Append("a dashed outline adds nothing, because what holds it is hidden as long.</p>\n");

        AppendFrontMatter(html, map, site);
        AppendBodyRegions(html, map, site);

        html.Append("<h2>The body, with every region</h2>\n");
        var body = map.Page.Body is null
            ? "<p>This page has no body: it is a list of the pages in its section.</p>\n"
            : $"<div class=\"sg-map-body\">\n{map.BodyHtml}</div>\n";
        // A page with a level of its own is a region too: everything on it waits for that episode.
        if (map.Regions.FirstOrDefault(region => region.Kind == SpoilerRegionKind.Page) is { } pageRegion)
        {
            body = $"<div class=\"sg-region sg-region-page\" data-kind=\"page\" data-episode=\"{Encode(pageRegion.EpisodeId ?? "")}\" "
                + $"data-level=\"{pageRegion.Level.ToString(CultureInfo.InvariantCulture)}\" style=\"--sg-hue: {SpoilerMapMarkup.Hue(pageRegion.Level).ToString(CultureInfo.InvariantCulture)}\">\n"
                + $"<p class=\"sg-region-label\">Page · {Encode(pageRegion.EpisodeId ?? "")} · {Encode(checkpoints[pageRegion.Level].SpoilerFreeLabel)}</p>\n{body}</div>\n";
        }
        html.Append(body);
        html.Append("</main>\n");
        html.Append(ServeBar.Html(state, tree: null, page, onMap: true));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFrontMatter(StringBuilder html, SpoilerMap map, SiteModel site)
    {
        var page = map.Page;
        html.Append("<h2>Front matter</h2>\n<table class=\"sg-map-front-matter\">\n<thead><tr><th scope=\"col\">What</th><th scope=\"col\">Value</th><th scope=\"col\">Shown from</th></tr></thead>\n<tbody>\n");
        AppendUnmarked(html, "Title", page.Title.Entries[0], site);
        if (page.Summary is { } summary) AppendUnmarked(html, "Summary", summary.Entries[0], site);
        foreach (var tag in page.Tags.Where(tag => tag.Level == 0))
        {
            html.Append("<tr><td>Tag</td><td>").Append(Encode(tag.Name)).Append("</td><td>not marked: with the page</td></tr>\n");
        }
        foreach (var region in map.Regions.Where(region => region.Kind is SpoilerRegionKind.Page or SpoilerRegionKind.Title or SpoilerRegionKind.Summary or SpoilerRegionKind.Tag))
        {
            html.Append("<tr class=\"sg-map-region-row\" data-kind=\"").Append(SpoilerMapMarkup.KindClass(region.Kind))
                .Append("\" data-level=\"").Append(region.Level.ToString(CultureInfo.InvariantCulture))
                .Append("\" style=\"--sg-hue: ").Append(SpoilerMapMarkup.Hue(region.ShownFrom).ToString(CultureInfo.InvariantCulture)).Append("\"><td>")
                .Append(region.Kind == SpoilerRegionKind.Page ? "The whole page" : SpoilerMapMarkup.KindName(region.Kind)).Append("</td><td>")
                .Append(region.Kind == SpoilerRegionKind.Page ? "" : Encode(region.Text)).Append("</td><td>")
                .Append(SeeItLink(region, page, site)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendUnmarked(StringBuilder html, string what, LeveledValue<string> first, SiteModel site)
    {
        html.Append("<tr><td>").Append(what).Append("</td><td>").Append(Encode(first.Value)).Append("</td><td>")
            .Append(first.Level == 0 ? "not marked: with the page" : Encode(site.Timeline.Checkpoints[first.Level].SpoilerFreeLabel)).Append("</td></tr>\n");
    }

    private static void AppendBodyRegions(StringBuilder html, SpoilerMap map, SiteModel site)
    {
        html.Append("<h2>Spoiler markup in the body</h2>\n");
        var regions = map.BodyRegions.ToList();
        if (regions.Count == 0)
        {
            html.Append("<p>None: the whole body is shown wherever the page is.</p>\n");
            return;
        }
        html.Append("<table class=\"sg-map-regions\">\n<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Kind</th><th scope=\"col\">Shown from</th><th scope=\"col\">Text</th></tr></thead>\n<tbody>\n");
        foreach (var region in regions)
        {
            html.Append("<tr class=\"sg-map-region-row\" data-kind=\"").Append(SpoilerMapMarkup.KindClass(region.Kind))
                .Append("\" data-level=\"").Append(region.Level.ToString(CultureInfo.InvariantCulture))
                .Append("\" style=\"--sg-hue: ").Append(SpoilerMapMarkup.Hue(region.ShownFrom).ToString(CultureInfo.InvariantCulture)).Append("\"><td>")
                .Append(region.Line.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(SpoilerMapMarkup.KindName(region.Kind)).Append("</td><td>")
                .Append(SeeItLink(region, map.Page, site)).Append("</td><td>")
                .Append(Encode(region.Text)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The region's episode, leading to the page in the first tree that shows the region.</summary>
    private static string SeeItLink(SpoilerRegion region, SitePage page, SiteModel site)
    {
        var href = $"{ServePaths.Episode}?page={Uri.EscapeDataString(page.Key)}&checkpoint={region.ShownFrom.ToString(CultureInfo.InvariantCulture)}";
        return $"<a href=\"{Encode(href)}\">{Encode(EpisodeText(region, site))}</a>";
    }

    /// <summary>"s01e12 (Episode 12)", and when it is shown later than written, from when.</summary>
    private static string EpisodeText(SpoilerRegion region, SiteModel site)
    {
        var checkpoints = site.Timeline.Checkpoints;
        var text = $"{region.EpisodeId} ({checkpoints[region.Level].SpoilerFreeLabel})";
        return region.ShownFrom > region.Level ? $"{text}, shown from {checkpoints[region.ShownFrom].SpoilerFreeLabel} with what holds it" : text;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
