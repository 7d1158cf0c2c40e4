using Markdig;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup;
using SpoilerGen.Model;

namespace SpoilerGen.Load;

/// <summary>Reads and parses every Markdown file under <c>content/</c>, each exactly once.</summary>
public sealed class ContentLoader(Timeline timeline, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
{
    public const string ContentFolderName = "content";

    public IReadOnlyList<SourcePage> Load(string siteRoot)
    {
        var contentRoot = Path.Combine(siteRoot, ContentFolderName);
        if (!Directory.Exists(contentRoot)) return [];

        var files = Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        var pages = new SourcePage[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = LoadFile(contentRoot, files[i]));
        return pages;
    }

    private SourcePage LoadFile(string contentRoot, string file)
    {
        var displayPath = DisplayPath.For(file);
        var contentPath = Path.GetRelativePath(contentRoot, file).Replace('\\', '/');
        var parts = FrontMatterSplitter.Split(File.ReadAllText(file));
        if (parts.IsUnclosed)
        {
            diagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax,
                "front matter opened with '---' is never closed with a second '---' line");
        }

        var frontMatter = parts.IsUnclosed
            ? FrontMatter.Unreadable(SourcePosition.StartOf(displayPath))
            : new FrontMatterParser(timeline, diagnostics).Parse(displayPath, parts.FrontMatter, parts.FrontMatterLineOffset);
        var context = new SpoilerParserContext(timeline, displayPath, parts.BodyLineOffset, diagnostics);
        var body = Markdown.Parse(parts.Body, pipeline, context);
        return new SourcePage(displayPath, contentPath, frontMatter, body, parts.BodyLineOffset, File.GetLastWriteTimeUtc(file));
    }
}
