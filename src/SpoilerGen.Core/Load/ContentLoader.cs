using Markdig;
using Markdig.Syntax;
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
        var files = new SiteFolder(siteRoot).Files(ContentFolderName, diagnostics)
            .Where(file => file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        var pages = new SourcePage?[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = LoadFile(files[i]));
        return [.. pages.OfType<SourcePage>()];
    }

    private SourcePage? LoadFile(SiteFile file)
    {
        var displayPath = file.DisplayPath;
        var contentPath = file.RelativePath;
        if (SourceText.Read(file, diagnostics) is not { } text) return null;
        var parts = FrontMatterSplitter.Split(text);
        if (parts.IsUnclosed)
        {
            diagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax,
                "front matter opened with '---' is never closed with a second '---' line");
        }

        var frontMatter = parts.IsUnclosed
            ? FrontMatter.Unreadable(SourcePosition.StartOf(displayPath))
            : new FrontMatterParser(timeline, diagnostics).Parse(displayPath, parts.FrontMatter, parts.FrontMatterLineOffset);
        var context = new SpoilerParserContext(timeline, displayPath, parts.BodyLineOffset, diagnostics);
        var body = Parse(parts.Body, context, new SourcePosition(displayPath, parts.BodyLineOffset + 1, 1));
        return new SourcePage(displayPath, contentPath, frontMatter, body, parts.BodyLineOffset, File.GetLastWriteTimeUtc(file.FullPath));
    }

    private MarkdownDocument Parse(string body, SpoilerParserContext context, SourcePosition bodyStart)
    {
        try
        {
            return Markdown.Parse(body, pipeline, context);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses nesting deeper than its limit for the whole document without saying
            // where; no real page nests that deep.
            diagnostics.Error(bodyStart, DiagnosticCodes.MarkdownNestingTooDeep,
                $"the Markdown nests deeper than {pipeline.MaximumNestingDepth} levels (quotes, lists, emphasis or brackets inside each other); flatten it");
            return new MarkdownDocument();
        }
    }
}
