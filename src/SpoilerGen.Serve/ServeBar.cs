using System.Globalization;
using System.Net;
using System.Text;
using SpoilerGen.Model;
using SpoilerGen.Render;
using SpoilerGen.Translation;

namespace SpoilerGen.Serve;

/// <summary>
/// The bar serve adds to every page it serves: the page in another episode's tree, the page's spoiler
/// map, and the build's status; with the reload script, and the overlay while the latest build failed.
/// </summary>
/// <remarks>
/// A page of tree k shows nothing past k, in the bar too: episode titles only up to k, and the build's
/// warnings and errors (which name later pages, headings and ids) only in the author's full view: the
/// spoiler map, the last episode's tree, or the error page when nothing has built yet.
/// </remarks>
public static class ServeBar
{
    /// <param name="tree">The tree the page lies in; null for the root's files.</param>
    /// <param name="page">The model's page being shown; null for tag lists, the chooser and the 404 page.</param>
    /// <param name="onMap">Whether this is the page's spoiler map rather than the page.</param>
    public static string Html(ServeState state, Tree? tree, SitePage? page, bool onMap)
    {
        var html = new StringBuilder();
        var fullView = IsFullView(state, tree, onMap);
        // In the guide's language, as the page under it; before anything has built there is no guide, and the tool speaks English.
        var words = state.LastGood?.Site.Config.Words ?? BuiltInLanguageTables.English;
        html.Append("<link rel=\"stylesheet\" href=\"").Append(ServePaths.Style).Append("\">\n");
        if (state.LatestFailed) html.Append(ServeOverlay.Html(state.Diagnostics, state.LastGood is not null, fullView));
        html.Append("<aside class=\"sg-serve\" aria-label=\"SpoilerGen serve\">\n");
        html.Append("<p class=\"sg-serve-name\">SpoilerGen serve</p>\n");
        if (state.LastGood is { } snapshot) AppendEpisodeSwitch(html, snapshot.Site, words, tree, page, onMap);
        if (page is not null)
        {
            html.Append(onMap
                ? $"<a href=\"{Encode(ServePaths.Map(page.Key))}\" aria-current=\"page\">{Encode(words.Text(TranslationKeys.ServeSpoilerMap))}</a>\n"
                : $"<a href=\"{Encode(ServePaths.Map(page.Key))}\">{Encode(words.Text(TranslationKeys.ServeSpoilerMap))}</a>\n");
        }
        html.Append(state.LatestFailed
            ? $"<p class=\"sg-serve-status sg-serve-status-failed\">{Encode(words.Text(TranslationKeys.ServeBuildFailed))}</p>\n"
            : $"<p class=\"sg-serve-status\">{Encode(words.Text(TranslationKeys.ServeReloads))}</p>\n");
        if (!state.LatestFailed && fullView) AppendWarnings(html, state, words);
        html.Append("</aside>\n");
        html.Append("<script src=\"").Append(ServePaths.Script).Append("\" data-events=\"").Append(ServePaths.Events)
            .Append("\" data-version=\"").Append(state.Version.ToString(CultureInfo.InvariantCulture)).Append("\"></script>\n");
        return html.ToString();
    }

    /// <summary>Whether this view may show everything: the spoiler map, the last episode's tree, or nothing built to show.</summary>
    private static bool IsFullView(ServeState state, Tree? tree, bool onMap) =>
        onMap || state.LastGood is not { } snapshot || (tree is not null && tree.LastIndex == snapshot.Site.Timeline.LastIndex);

    /// <summary>
    /// A form, so that it works without JavaScript: serve redirects to the page in the tree that serves the
    /// chosen checkpoint, or to that tree's home where the page does not exist yet.
    /// </summary>
    private static void AppendEpisodeSwitch(StringBuilder html, SiteModel site, LanguageTable words, Tree? tree, SitePage? page, bool onMap)
    {
        html.Append("<form class=\"sg-serve-episode\" action=\"").Append(ServePaths.Episode).Append("\" method=\"get\">\n");
        if (page is not null) html.Append("<input type=\"hidden\" name=\"page\" value=\"").Append(Encode(page.Key)).Append("\">\n");
        html.Append("<label for=\"sg-serve-checkpoint\">").Append(Encode(words.Text(page is null ? TranslationKeys.ServeEpisode : TranslationKeys.ServePageAt))).Append("</label>\n");
        html.Append("<select id=\"sg-serve-checkpoint\" name=\"checkpoint\">\n");
        var last = site.Timeline.LastIndex;
        var labels = new CheckpointLabels(words);
        foreach (var checkpoint in site.Timeline.Checkpoints)
        {
            var label = labels.At(checkpoint, onMap ? last : tree?.Index ?? 0);
            if (page is not null && !page.ExistsAt(site.TreeFor(checkpoint.Index).Index)) label = words.Text(TranslationKeys.ServePageNotShown, null, ("episode", label));
            var selected = onMap ? checkpoint.Index == last : tree is not null && checkpoint.Index == tree.Index;
            html.Append("<option value=\"").Append(checkpoint.Index.ToString(CultureInfo.InvariantCulture)).Append('"')
                .Append(selected ? " selected" : "").Append('>').Append(Encode(label)).Append("</option>\n");
        }
        html.Append("</select>\n<button type=\"submit\">").Append(Encode(words.Text(TranslationKeys.ServeGo))).Append("</button>\n</form>\n");
    }

    /// <summary>A build that succeeded can still warn, of a link shown before its page exists for one: one click away.</summary>
    private static void AppendWarnings(StringBuilder html, ServeState state, LanguageTable words)
    {
        var warnings = state.Diagnostics.Where(d => !d.IsError).ToList();
        if (warnings.Count == 0) return;
        html.Append("<details class=\"sg-serve-warnings\">\n<summary>").Append(Encode(words.Text(TranslationKeys.ServeWarnings, warnings.Count))).Append("</summary>\n<ul>\n");
        foreach (var warning in warnings) html.Append("<li><code>").Append(Encode(warning.ToString())).Append("</code></li>\n");
        html.Append("</ul>\n</details>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
