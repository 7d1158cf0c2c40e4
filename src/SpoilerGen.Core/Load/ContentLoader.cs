using Markdig;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Model;

namespace SpoilerGen.Load;

/// <summary>Reads and parses every Markdown file under <c>content/</c>, each exactly once.</summary>
/// <param name="allowRawHtml">the config's <c>markup: raw_html</c>: without it, raw HTML in a body is an error</param>
public sealed class ContentLoader(Timeline timeline, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool allowRawHtml = false)
{
    public const string ContentFolderName = "content";

    /// <summary>Levels of Markdig's nesting limit left for the containers that rendering adds.</summary>
    private const int RenderingMargin = 28;

    /// <summary>Names an author may mean as a section's index file; only <c>_index.md</c> is one.</summary>
    private static readonly HashSet<string> SectionIndexLookalikes = new(StringComparer.OrdinalIgnoreCase)
    {
        "_index.md", "index.md", "_index.markdown", "index.markdown", "_index.mdown", "_index.mkd", "_index.mdx", "-index.md", "__index.md",
    };

    public IReadOnlyList<SourcePage> Load(string siteRoot, CancellationToken cancellationToken = default)
    {
        var allFiles = new SiteFolder(siteRoot).Files(ContentFolderName, diagnostics).ToList();
        ReportMisnamedSectionIndexes(allFiles);
        var files = allFiles.Where(file => file.RelativePath.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var pages = new SourcePage?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => pages[i] = LoadFile(files[i], cancellationToken));
        return [.. pages.OfType<SourcePage>()];
    }

    /// <summary>
    /// A section's level comes from its <c>_index.md</c>; under any other name the file would be a page (or
    /// not read at all) and the folder's pages would show from the start. So a near-miss name is an error.
    /// </summary>
    private void ReportMisnamedSectionIndexes(IEnumerable<SiteFile> files)
    {
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.RelativePath);
            if (name == SourcePage.SectionIndexName || !SectionIndexLookalikes.Contains(name)) continue;
            diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), DiagnosticCodes.SectionIndexMisnamed,
                $"'{name}' is not read as its folder's section file: name it '{SourcePage.SectionIndexName}' (lower case, with the underscore), so that its title and spoiler level apply to the folder");
        }
    }

    private SourcePage? LoadFile(SiteFile file, CancellationToken cancellationToken)
    {
        var displayPath = file.DisplayPath;
        var contentPath = file.RelativePath;
        if (SourceText.Read(file, diagnostics) is not { } text) return null;
        var parts = FrontMatterSplitter.Split(text);
        if (parts.IsUnclosed)
        {
            diagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax, YamlMistakeHints.UnclosedMessage(text));
        }
        var foreign = parts.FrontMatter is null ? YamlMistakeHints.ForForeignFrontMatter(text) : null;
        if (foreign is not null) diagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax, foreign);

        var frontMatter = parts.IsUnclosed || foreign is not null
            ? FrontMatter.Unreadable(SourcePosition.StartOf(displayPath))
            : new FrontMatterParser(timeline, diagnostics).Parse(displayPath, parts.FrontMatter, parts.FrontMatterLineOffset, cancellationToken);
        var context = new SpoilerParserContext(timeline, displayPath, parts.BodyLineOffset, diagnostics, cancellationToken) { AllowsRawHtml = allowRawHtml, Source = parts.Body };
        var body = Parse(parts.Body, context, new SourcePosition(displayPath, parts.BodyLineOffset + 1, 1), cancellationToken);
        return new SourcePage(displayPath, contentPath, frontMatter, body, parts.BodyLineOffset, File.GetLastWriteTimeUtc(file.FullPath));
    }

    private MarkdownDocument Parse(string body, SpoilerParserContext context, SourcePosition bodyStart, CancellationToken cancellationToken)
    {
        // Markdig refuses nesting deeper than its limit, when parsing or later when rendering, without
        // saying where; no real page nests anywhere near that deep, so a margin is kept for the
        // containers that rendering adds.
        var limit = pipeline.MaximumNestingDepth - RenderingMargin;
        var message = $"the Markdown nests deeper than {limit} levels (quotes, lists, spoiler blocks, emphasis or brackets inside each other); flatten it";
        if (MarkdownNestingScan.FirstDeeperThan(body, limit, cancellationToken) is var (deepLine, deepColumn))
        {
            diagnostics.Error(bodyStart with { Line = bodyStart.Line + deepLine, Column = deepColumn + 1 }, DiagnosticCodes.MarkdownNestingTooDeep, message);
            return new MarkdownDocument();
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, pipeline, context);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            diagnostics.Error(bodyStart, DiagnosticCodes.MarkdownNestingTooDeep, message);
            return new MarkdownDocument();
        }
        var (depth, line, column) = MarkdownDepth.Deepest(document);
        if (depth <= limit) return document;
        diagnostics.Error(bodyStart with { Line = bodyStart.Line + line, Column = column + 1 }, DiagnosticCodes.MarkdownNestingTooDeep, message);
        return new MarkdownDocument();
    }
}
