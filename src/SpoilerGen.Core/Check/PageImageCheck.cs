using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Check;

/// <summary>
/// A page's <c>image:</c> that names no file in <c>static/</c> is an error at the value, like a link to a
/// page that does not exist: published, it would be a broken picture in the page, its lists and its share preview.
/// A Markdown image with a site-rooted path (<c>![Nam-ra](/images/nam-ra.svg)</c>) is held to the same, and a
/// site-rooted link or image whose '..' climbs above the site's root is refused as <c>image:</c> with '..' is: it
/// means a file outside the site. Run on every build from the files that are there now, so that adding the file
/// clears it without an edit to the page.
/// </summary>
public static class PageImageCheck
{
    /// <summary>The theme's own files, which a page may show as well as those of static/.</summary>
    private const string ThemeAssetsFolder = "assets/";

    public static void Run(SiteModel site, IReadOnlyList<SourcePage> sources, IReadOnlyList<SiteFile> staticFiles, DiagnosticBag diagnostics)
    {
        var files = staticFiles.Select(file => file.RelativePath).ToHashSet(StringComparer.Ordinal);
        var published = site.Pages.Select(page => page.DisplayPath).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources.Where(source => published.Contains(source.DisplayPath)))
        {
            foreach (var (value, position) in source.FrontMatter.ImageValues)
            {
                // A value that is not a path inside static/ has its own error (SG0407).
                if (ThemeSettingsReader.StaticPath(value) is not { } path || files.Contains(path)) continue;
                diagnostics.Error(position, DiagnosticCodes.PageImageMissing, MissingMessage(value, path));
            }
            CheckBody(source, files, diagnostics);
        }
    }

    private static void CheckBody(SourcePage source, HashSet<string> files, DiagnosticBag diagnostics)
    {
        // The links as the parse holds them, read once per parse (SourceFacts): a rebuild walks no parse.
        foreach (var (url, isImage, position, _, _, _) in source.Facts.Links)
        {
            if (!SiteRootedPath.IsSiteRooted(url)) continue;
            var resolved = SiteRootedPath.Resolve(url);
            if (resolved.ClimbsAboveRoot)
            {
                diagnostics.Error(position, DiagnosticCodes.SiteRootedPathLeavesSite,
                    $"the {(isImage ? "image" : "link")} '{url}' climbs above the site's root with '..': it would name a file outside the site; write the path from the site's root, such as '/images/nam-ra.svg'");
            }
            else if (isImage && resolved.FilePath is var path && !files.Contains(path) && !path.StartsWith(ThemeAssetsFolder, StringComparison.Ordinal))
            {
                diagnostics.Error(position, DiagnosticCodes.PageImageMissing, MissingMessage(url, path));
            }
        }
    }

    private static string MissingMessage(string value, string path) =>
        $"the image '{value}' is not a file in static/: put it at 'static/{path}', or correct the path";
}
