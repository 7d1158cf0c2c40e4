using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// A text file of <c>static/</c> (Markdown, HTML, SVG, XML, plain text) is copied as it is, to the site's root, and never
/// read as Markdown: SpoilerGen's spoiler markup written there (<c>[words]{spoiler=s01e04}</c>, a <c>::: spoiler</c> line)
/// would be published for every reader. It is refused at its line and column, as it is in a template. Code (scripts,
/// styles, JSON) is the theme's own and is not read; nor are images and other binary files.
/// </summary>
public static class StaticFileMarkupCheck
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".html", ".htm", ".svg", ".xml", ".txt" };

    public static void Check(IEnumerable<SiteFile> files, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        foreach (var file in files)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!TextExtensions.Contains(Path.GetExtension(file.RelativePath))) continue;
            if (SiteFileHandle.ReadAllBytes(file, diagnostics) is not { } bytes) continue;
            var text = Encoding.UTF8.GetString(bytes);
            if (SpoilerMarkupLookalike.Find(text, foreignSyntax: false) is not { } found) continue;
            diagnostics.Error(SourcePosition.At(file.DisplayPath, text, found.Index), found.Code,
                found.Message("this static file") + "; a file of static/ is copied as it is for every reader and is not read as Markdown: put the words in a page under content/, where spoiler markup is read");
        }
    }
}
