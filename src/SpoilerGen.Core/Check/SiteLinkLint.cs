using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;
using SpoilerGen.Render;

namespace SpoilerGen.Check;

/// <summary>
/// Finds links to a folder or a URL inside the site (<c>[sec](../episodes/)</c>, <c>/characters/nam-ra/</c>,
/// the site's own absolute URL) where a link to the Markdown file belongs. Such a link is written out
/// unchanged in every tree, so it leads to a 404 wherever its page does not exist, and never follows the
/// reader's episode.
/// </summary>
public sealed class SiteLinkLint(SiteConfig config, string siteRoot, DiagnosticBag diagnostics)
{
    /// <param name="pages">The pages with a body, in the model's order.</param>
    public void Run(SiteModel site, IReadOnlyList<SitePage> pages)
    {
        var treePaths = site.Trees.Select(tree => tree.Path).Append(Tree.StartPath).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            // The links as the parse holds them (SourceFacts); a link to a Markdown file is how pages are linked.
            foreach (var (url, _, position, _, _, _) in page.Facts.Links.Where(link => !link.IsImage && !link.IsPageLink && link.Url.Length > 0))
            {
                if (SiteKeys(page, url, treePaths) is not { } keys) continue;
                var target = keys.Select(key => site.TryGetPage(key, out var keyed) ? keyed : null).FirstOrDefault(p => p?.Body is not null) is { } found
                    ? $"'{RelativeFilePath(page, found)}'"
                    : "the page's Markdown file (a folder's page is its _index.md)";
                diagnostics.Warning(position, DiagnosticCodes.LinkToSiteUrl,
                    $"link to '{url}' is a folder or URL inside the site: it is written out unchanged in every tree and leads to a 404 where that page does not exist yet; link to {target} instead");
            }
        }
    }

    /// <summary>The page keys a link may mean when it is a URL inside the site, or null for links that are fine.</summary>
    private string[]? SiteKeys(SitePage page, string url, HashSet<string> treePaths)
    {
        if (url.StartsWith('#') || SiteModelBuilder.IsPageLink(url)) return null;
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            var inside = config.HasPublicAddress && absolute.Scheme is "http" or "https"
                && string.Equals(absolute.IdnHost, config.BaseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
                && absolute.AbsolutePath.StartsWith(config.BasePath, StringComparison.Ordinal);
            return inside ? [KeyUnderBase(absolute.AbsolutePath[config.BasePath.Length..], treePaths)] : null;
        }
        if (path.StartsWith("//", StringComparison.Ordinal)) return null;
        if (path.StartsWith('/'))
        {
            // A site-rooted path to one of the site's static files is how images and downloads are linked.
            var relative = Uri.UnescapeDataString(path.TrimStart('/'));
            if (relative.Length > 0 && File.Exists(Path.Combine(siteRoot, SiteRenderer.StaticFolderName, relative))) return null;
            var underBase = path.StartsWith(config.BasePath, StringComparison.Ordinal) ? path[config.BasePath.Length..] : path.TrimStart('/');
            return [KeyUnderBase(underBase, treePaths)];
        }
        // A relative URL: a reader's browser resolves it against the page's own URL; its author may have
        // thought of the page's folder under content/.
        return [Resolve(page.Key, path), Resolve(Path.GetDirectoryName(page.ContentPath) ?? "", path)];
    }

    private static string Resolve(string folder, string path)
    {
        var segments = folder.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(segment);
        }
        return segments.Count == 0 ? "" : string.Join('/', segments.Select(Markup.Headings.Slugifier.Slugify)) + "/";
    }

    private static string KeyUnderBase(string pathUnderBase, HashSet<string> treePaths)
    {
        var path = Uri.UnescapeDataString(pathUnderBase).TrimStart('/');
        var firstSlash = path.IndexOf('/');
        if (firstSlash >= 0 && treePaths.Contains(path[..(firstSlash + 1)])) path = path[(firstSlash + 1)..];
        if (path.EndsWith("index.html", StringComparison.Ordinal)) path = path[..^"index.html".Length];
        return path.Length == 0 || path.EndsWith('/') ? path : path + "/";
    }

    private static string RelativeFilePath(SitePage from, SitePage to)
    {
        var folder = Path.GetDirectoryName(from.ContentPath) ?? "";
        return Path.GetRelativePath(folder.Length == 0 ? "." : folder, to.ContentPath).Replace('\\', '/');
    }
}
