using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Load;

/// <summary>
/// Reads and parses every Markdown file under <c>content/</c>, each exactly once. Given the previous load of
/// the same site, it reads every file again but parses only those whose text changed: a file saved or touched
/// without a change costs a read and a hash.
/// </summary>
public sealed class ContentLoader(Timeline timeline, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
{
    public const string ContentFolderName = "content";

    /// <summary>Levels of Markdig's nesting limit left for the containers that rendering adds.</summary>
    private const int RenderingMargin = 28;

    public IReadOnlyList<SourcePage> Load(string siteRoot) => Load(siteRoot, parseKey: "", previous: null).Pages;

    /// <param name="parseKey">What the parses depend on besides each file; <paramref name="previous"/> is used only when its key is the same.</param>
    public SourceCache Load(string siteRoot, string parseKey, SourceCache? previous)
    {
        var files = new SiteFolder(siteRoot).Files(ContentFolderName, diagnostics)
            .Where(file => file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        var reusable = previous is not null && previous.ParseKey == parseKey ? previous.Files : null;
        var loaded = new LoadedSource[files.Count];
        Parallel.For(0, files.Count, i => loaded[i] = LoadFile(files[i], reusable));
        foreach (var file in loaded)
        {
            foreach (var diagnostic in file.Diagnostics) diagnostics.Add(diagnostic);
        }
        return new SourceCache(parseKey, loaded.ToImmutableDictionary(file => file.ContentPath, StringComparer.Ordinal));
    }

    private LoadedSource LoadFile(SiteFile file, ImmutableDictionary<string, LoadedSource>? previous)
    {
        // Each file reports into a bag of its own, kept with its parse: an unchanged file reports the same again.
        var fileDiagnostics = new DiagnosticBag();
        var displayPath = file.DisplayPath;
        var contentPath = file.RelativePath;
        if (SourceText.Read(file, fileDiagnostics) is not { } text) return new LoadedSource(contentPath, null, null, fileDiagnostics.ToSortedList());
        using var key = new ContentKey();
        var hash = key.Add(displayPath).Add(text).Finish();
        if (previous is not null && previous.TryGetValue(contentPath, out var earlier) && earlier.ContentHash == hash) return earlier;

        var parts = FrontMatterSplitter.Split(text);
        if (parts.IsUnclosed)
        {
            fileDiagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax, YamlMistakeHints.UnclosedMessage(text));
        }
        var foreign = parts.FrontMatter is null ? YamlMistakeHints.ForForeignFrontMatter(text) : null;
        if (foreign is not null) fileDiagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax, foreign);

        var frontMatter = parts.IsUnclosed || foreign is not null
            ? FrontMatter.Unreadable(SourcePosition.StartOf(displayPath))
            : new FrontMatterParser(timeline, fileDiagnostics).Parse(displayPath, parts.FrontMatter, parts.FrontMatterLineOffset);
        var context = new SpoilerParserContext(timeline, displayPath, parts.BodyLineOffset, fileDiagnostics);
        var body = Parse(parts.Body, context, new SourcePosition(displayPath, parts.BodyLineOffset + 1, 1), fileDiagnostics);
        var page = new SourcePage(displayPath, contentPath, frontMatter, body, parts.BodyLineOffset, File.GetLastWriteTimeUtc(file.FullPath));
        return new LoadedSource(contentPath, hash, page, fileDiagnostics.ToSortedList());
    }

    private MarkdownDocument Parse(string body, SpoilerParserContext context, SourcePosition bodyStart, DiagnosticBag fileDiagnostics)
    {
        // Markdig refuses nesting deeper than its limit, when parsing or later when rendering, without
        // saying where; no real page nests anywhere near that deep, so a margin is kept for the
        // containers that rendering adds.
        var message = $"the Markdown nests deeper than {pipeline.MaximumNestingDepth - RenderingMargin} levels (quotes, lists, spoiler blocks, emphasis or brackets inside each other); flatten it";
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, pipeline, context);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            fileDiagnostics.Error(bodyStart, DiagnosticCodes.MarkdownNestingTooDeep, message);
            return new MarkdownDocument();
        }
        var (depth, line, column) = MarkdownDepth.Deepest(document);
        if (depth <= pipeline.MaximumNestingDepth - RenderingMargin) return document;
        fileDiagnostics.Error(bodyStart with { Line = bodyStart.Line + line, Column = column + 1 }, DiagnosticCodes.MarkdownNestingTooDeep, message);
        return new MarkdownDocument();
    }
}
