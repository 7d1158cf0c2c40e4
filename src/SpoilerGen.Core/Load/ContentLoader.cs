using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Load.Yaml;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Load;

/// <summary>
/// Reads and parses every Markdown file under <c>content/</c>, each exactly once. Given the previous load of
/// the same site, it parses only the files whose text changed: a file saved or touched without a change costs a
/// read and a hash. Told which paths may have changed since (serve's watcher), it reads only those: every other
/// file is taken from the previous load without being opened.
/// </summary>
/// <param name="allowRawHtml">the config's <c>markup: raw_html</c>: without it, raw HTML in a body is an error</param>
public sealed class ContentLoader(Timeline timeline, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool allowRawHtml = false)
{
    public const string ContentFolderName = "content";

    /// <summary>Levels of Markdig's nesting limit left for the containers that rendering adds.</summary>
    private const int RenderingMargin = 28;

    public IReadOnlyList<SourcePage> Load(string siteRoot, CancellationToken cancellationToken = default) =>
        Load(siteRoot, parseKey: "", previous: null, cancellationToken).Pages;

    /// <param name="parseKey">What the parses depend on besides each file (the config's bytes); <paramref name="previous"/> is used only when its key is the same.</param>
    /// <param name="changedPaths">
    /// Paths relative to the site folder, files or folders, that may have changed since <paramref name="previous"/> was
    /// loaded; null when any may have. A file under none of them is taken from the previous load unread.
    /// </param>
    /// <param name="checkedBefore">The files an earlier build checked (from its cache): an unchanged one is parsed without its checks, and reports what it reported then.</param>
    public SourceCache Load(string siteRoot, string parseKey, SourceCache? previous, CancellationToken cancellationToken = default,
        IReadOnlySet<string>? changedPaths = null, CheckedSources? checkedBefore = null)
    {
        // A save the watcher names leaves the listing as it was unless it made, removed or replaced a name (see ContentListing).
        var listing = previous?.Listing is { } earlierListing && changedPaths is not null && earlierListing.StillHolds(siteRoot, changedPaths)
            ? earlierListing
            : ContentListing.Of(siteRoot);
        foreach (var diagnostic in listing.Diagnostics) diagnostics.Add(diagnostic);
        var allFiles = listing.Files;
        ReportMisnamedSectionIndexes(allFiles);
        var files = allFiles.Where(file => file.RelativePath.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var reusable = previous is not null && previous.ParseKey == parseKey ? previous.Files : null;
        var loaded = new LoadedSource[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            loaded[i] = reusable is not null && changedPaths is not null && !MayHaveChanged(files[i], changedPaths) && reusable.TryGetValue(files[i].RelativePath, out var earlier) && earlier.ContentHash is not null
                ? earlier
                : LoadFile(files[i], reusable, parseKey, checkedBefore, cancellationToken));
        foreach (var file in loaded)
        {
            foreach (var diagnostic in file.Diagnostics) diagnostics.Add(diagnostic);
        }
        return new SourceCache(parseKey, loaded.ToImmutableDictionary(file => file.ContentPath, StringComparer.Ordinal)) { Listing = listing };
    }

    /// <summary>
    /// Whether the file or a folder above it is among <paramref name="changedPaths"/>. A file reached through a symlink
    /// always may have: its target changes under another name, perhaps in a folder nobody watches.
    /// </summary>
    private static bool MayHaveChanged(SiteFile file, IReadOnlySet<string> changedPaths)
    {
        var path = Path.Combine(ContentFolderName, file.RelativePath);
        if (file.FullPath != Path.Combine(file.Jail, path)) return true;
        for (var current = path; current.Length > 0; current = Path.GetDirectoryName(current) ?? "")
        {
            if (changedPaths.Contains(current)) return true;
        }
        return false;
    }

    /// <summary>
    /// A section's level comes from its <c>_index.md</c>; under any other name the file would be a page (or
    /// not read at all) and the folder's pages would show from the start. So a near-miss name is an error.
    /// </summary>
    private void ReportMisnamedSectionIndexes(IEnumerable<SiteFile> files)
    {
        foreach (var file in files)
        {
            if (ContentNameRules.MisnamedSectionIndex(Path.GetFileName(file.RelativePath)) is { } problem)
            {
                diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), problem.Code, problem.Message);
            }
        }
    }

    private LoadedSource LoadFile(SiteFile file, ImmutableDictionary<string, LoadedSource>? previous, string parseKey, CheckedSources? checkedBefore,
        CancellationToken cancellationToken)
    {
        // Each file reports into a bag of its own, kept with its parse: an unchanged file reports the same again.
        var fileDiagnostics = new DiagnosticBag();
        var displayPath = file.DisplayPath;
        var contentPath = file.RelativePath;
        if (SourceText.Read(file, fileDiagnostics) is not { } text) return new LoadedSource(contentPath, null, null, fileDiagnostics.ToSortedList());
        using var key = new ContentKey();
        var hash = key.Add(displayPath).Add(text).Finish();
        if (previous is not null && previous.TryGetValue(contentPath, out var earlier) && earlier.ContentHash == hash) return earlier;
        // Checked before: what the parse and checks would report is known, so they report into a bag nobody reads.
        var checkedSource = checkedBefore?.Find(parseKey, contentPath, hash);
        var reported = checkedSource?.Diagnostics;
        if (reported is not null) fileDiagnostics = new DiagnosticBag();

        var parts = FrontMatterSplitter.Split(text);
        if (checkedSource is { FrontMatter: { } keptFrontMatter, Facts: { } keptFacts } && checkedSource.BodyLineOffset == parts.BodyLineOffset)
        {
            // Its front matter and facts are the cache's: the body is parsed only if something reads it (the render of its files).
            var lazyContext = new SpoilerParserContext(timeline, displayPath, parts.BodyLineOffset, new DiagnosticBag(), cancellationToken)
            {
                AllowsRawHtml = allowRawHtml, Source = parts.Body, WasChecked = true,
            };
            var lazyBody = new SourceBody(() => Parse(parts.Body, lazyContext, new SourcePosition(displayPath, parts.BodyLineOffset + 1, 1), new DiagnosticBag(), cancellationToken));
            var kept = new SourcePage(displayPath, contentPath, keptFrontMatter, lazyBody, parts.BodyLineOffset, File.GetLastWriteTimeUtc(file.FullPath), keptFacts);
            return new LoadedSource(contentPath, hash, kept, checkedSource.Diagnostics);
        }
        if (parts.IsUnclosed)
        {
            fileDiagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax, YamlMistakeHints.UnclosedMessage(text));
        }
        var foreign = parts.FrontMatter is null ? YamlMistakeHints.ForForeignFrontMatter(text) : null;
        if (foreign is not null) fileDiagnostics.Error(SourcePosition.StartOf(displayPath), DiagnosticCodes.FrontMatterSyntax, foreign);

        var frontMatter = parts.IsUnclosed || foreign is not null
            ? FrontMatter.Unreadable(SourcePosition.StartOf(displayPath))
            : new FrontMatterParser(timeline, fileDiagnostics).Parse(displayPath, parts.FrontMatter, parts.FrontMatterLineOffset, cancellationToken);
        var context = new SpoilerParserContext(timeline, displayPath, parts.BodyLineOffset, fileDiagnostics, cancellationToken)
        {
            AllowsRawHtml = allowRawHtml, Source = parts.Body, WasChecked = reported is not null,
        };
        var body = Parse(parts.Body, context, new SourcePosition(displayPath, parts.BodyLineOffset + 1, 1), fileDiagnostics, cancellationToken);
        var page = new SourcePage(displayPath, contentPath, frontMatter, new SourceBody(body), parts.BodyLineOffset, File.GetLastWriteTimeUtc(file.FullPath),
            SourceFacts.Of(frontMatter, body, displayPath, contentPath, parts.BodyLineOffset));
        return new LoadedSource(contentPath, hash, page, reported ?? fileDiagnostics.ToSortedList());
    }

    private MarkdownDocument Parse(string body, SpoilerParserContext context, SourcePosition bodyStart, DiagnosticBag fileDiagnostics, CancellationToken cancellationToken)
    {
        // Markdig refuses nesting deeper than its limit, when parsing or later when rendering, without
        // saying where; no real page nests anywhere near that deep, so a margin is kept for the
        // containers that rendering adds.
        var limit = pipeline.MaximumNestingDepth - RenderingMargin;
        var message = $"the Markdown nests deeper than {limit} levels (quotes, lists, spoiler blocks, emphasis or brackets inside each other); flatten it";
        if (MarkdownNestingScan.FirstDeeperThan(body, limit, cancellationToken) is var (deepLine, deepColumn))
        {
            fileDiagnostics.Error(bodyStart with { Line = bodyStart.Line + deepLine, Column = deepColumn + 1 }, DiagnosticCodes.MarkdownNestingTooDeep, message);
            return new MarkdownDocument();
        }
        if (TableSizeScan.FirstTooLarge(body, cancellationToken) is var (tableLine, tableColumn))
        {
            fileDiagnostics.Error(bodyStart with { Line = bodyStart.Line + tableLine, Column = tableColumn + 1 }, DiagnosticCodes.TableTooLarge, TableSizeLimit.Message);
            return new MarkdownDocument();
        }
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
        if (depth <= limit) return document;
        fileDiagnostics.Error(bodyStart with { Line = bodyStart.Line + line, Column = column + 1 }, DiagnosticCodes.MarkdownNestingTooDeep, message);
        return new MarkdownDocument();
    }
}
