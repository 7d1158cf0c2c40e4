using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Model;

namespace SpoilerGen.Check;

/// <summary>
/// A page's <c>image:</c> that names no file in <c>static/</c> is an error at the value, like a link to a
/// page that does not exist: published, it would be a broken picture in the page, its lists and its share preview.
/// Run on every build from the files that are there now, so that adding the file clears it without an edit to the page.
/// </summary>
public static class PageImageCheck
{
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
                diagnostics.Error(position, DiagnosticCodes.PageImageMissing,
                    $"the image '{value}' is not a file in static/: put it at 'static/{path}', or correct the path");
            }
        }
    }
}
