using System.Collections.Immutable;
using System.Security.Cryptography;
using SpoilerGen.Check;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Render;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.Search;

namespace SpoilerGen.Write;

/// <summary>
/// The render cache of a build, kept beside its output (<c>.public.spoilergen-cache</c>, next to the build record):
/// for each file of the output, the key of the inputs it was made from, and the summaries of the pages that the
/// trees' own files are made from. The next build renders only the files whose keys changed and takes the others
/// from the output as they are.
/// </summary>
/// <remarks>
/// Trusted only with the record of the same build (<see cref="BuildRecord.BuildId"/>) over an output that is exactly
/// as that build left it: a cache that vouched for a file someone changed would publish a stale file.
/// </remarks>
public static class RenderCacheFile
{
    /// <summary>What follows ".{output folder name}" in the file's name.</summary>
    public const string Suffix = ".spoilergen-cache";

    /// <summary>The longest page text, in characters, that the cache keeps.</summary>
    public const int MaximumCachedTextLength = 1_000_000;

    /// <summary>
    /// The page texts of the lints' states that the cache keeps (<see cref="IsKept"/>), in the cache's form: made as soon as the
    /// lints have run, on their thread (beside the render after an edit), so that the render does not hold the rest of their
    /// state (a 25 MB page's words are hundreds of MB) and the cache's write after the swap does not wait for them.
    /// </summary>
    /// <exception cref="OperationCanceledException">Ctrl+C or SIGTERM, looked at between pages.</exception>
    public static byte[] KeptLintTexts(IEnumerable<LintState> lints, CancellationToken cancellationToken = default) =>
        RenderCacheFormat.LintTextsBytes([.. lints.OrderBy(state => state.Language, StringComparer.Ordinal).Select(state => new LintTextsState(state.Language,
            [.. state.Texts.Values.Where(IsKept).OrderBy(text => text.DisplayPath, StringComparer.Ordinal)]))], cancellationToken);

    /// <summary>Writes the cache of a build that wrote its files to its output.</summary>
    /// <param name="sources">The content files the build read and checked, for the next build; null to keep none.</param>
    /// <returns>A hash of the file's bytes, for the build's record (a cache is read only with it); null when it could not be written.</returns>
    /// <param name="lintTexts">The page texts of the author's lints that the next build reads again only where their source changed (<see cref="KeptLintTexts"/>).</param>
    public static string? Write(string path, RenderCache cache, string buildId, CheckedSources? sources = null, byte[]? lintTexts = null)
    {
        if (cache.KeepsFiles || !BuildRecord.IsOursToReplace(path)) return null;
        // Each distinct body once: a text rendered by this build by the text, one the cache before kept by its object.
        var bodies = new List<RenderedBody>();
        var textIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var keptIndexes = new Dictionary<KeptBodyText, int>(ReferenceEqualityComparer.Instance);
        int IndexOf(RenderedBody body)
        {
            if (body.Kept is { } kept)
            {
                if (keptIndexes.TryGetValue(kept, out var index)) return index;
                bodies.Add(body);
                return keptIndexes[kept] = bodies.Count - 1;
            }
            if (textIndexes.TryGetValue(body.Text, out var textIndex)) return textIndex;
            bodies.Add(body);
            return textIndexes[body.Text] = bodies.Count - 1;
        }
        // A page whose text is larger than this is left out, and the next build renders it again (its terms, read from a
        // text of 25 MB in every tree, would make the cache hundreds of MB). A kept body was under it when its text was read.
        var trees = cache.Trees.OrderBy(tree => tree.Key, StringComparer.Ordinal).ToList();
        var pages = trees.SelectMany(tree => tree.Value.Pages.Where(page => page.Value.Summary.Kept is not null || page.Value.Summary.Text.Length <= MaximumCachedTextLength)
                .OrderBy(page => page.Key, StringComparer.Ordinal)
                .Select(page => new CachedPageState(tree.Key, page.Key, page.Value.InputsKey, page.Value.BodyKey, page.Value.File.RelativePath,
                    IndexOf(page.Value.Summary), [.. page.Value.Summary.Headings], [.. page.Value.Summary.NewSections], page.Value.Summary.ShowsNewContent)))
            .ToList();
        List<CachedTreeState> Files(Func<CachedTree, CachedTreeFiles?> files) =>
            [.. trees.Where(tree => files(tree.Value) is not null)
                .Select(tree => new CachedTreeState(tree.Key, files(tree.Value)!.InputsKey, [.. files(tree.Value)!.Files.Select(file => file.RelativePath)],
                    FileKeysOf(files(tree.Value)!)))];
        List<CachedSourceState>? checkedSources = sources is null ? null
            : [.. sources.Files.OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => new CachedSourceState(file.Key, file.Value.ContentHash, [.. file.Value.Diagnostics.Select(RecordedDiagnostic.From)],
                    file.Value is { FrontMatter: { } frontMatter, Facts: { } facts } ? (frontMatter, file.Value.BodyLineOffset, facts) : null))];
        List<SearchTermsState> searchTerms = [.. cache.SearchTerms.Values.OrderBy(terms => terms.Language, StringComparer.Ordinal).Select(terms => SearchTermsOf(terms, bodies))];
        // Only with the parse key the texts' source keys were made under, and only texts read by a build (known by their source key).
        var keptTexts = sources is null ? null : lintTexts;
        List<BodyDigestsState> bodyDigests = [.. cache.Digests.OrderBy(language => language.Key, StringComparer.Ordinal).Select(language =>
        {
            var digests = language.Value.OrderBy(page => page.Key, StringComparer.Ordinal).ToList();
            return new BodyDigestsState(language.Key, [.. digests.Select(page => page.Key)], [.. digests.Select(page => page.Value.Body)]);
        })];
        var state = new RenderCacheState(buildId, cache.SiteKey, [.. bodies.Select(body => new KeptBodyState(body.FeedExcerpt, body.SearchExcerpt))], pages, Files(tree => tree.Tags), Files(tree => tree.Own), sources?.ParseKey, checkedSources, searchTerms,
            keptTexts, bodyDigests);
        try
        {
            // Not compressed: Brotli at its fastest level cost more CPU (writing and reading) than the bytes it saved on disk.
            var bytes = new MemoryStream();
            RenderCacheFormat.Write(bytes, state);
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes.GetBuffer(), 0, (int)bytes.Length);
            }
            return HashOf(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            Remove(path);
            return null;
        }
    }

    /// <summary>
    /// Whether the cache keeps a page's text as the lints read it: only one read by a build (known by its source key), and
    /// only up to <see cref="MaximumCachedTextLength"/> characters and a quarter as many words; a larger page is read again
    /// by the next build (a 25 MB page's words, kept, needed more memory than the whole build of it).
    /// </summary>
    private static bool IsKept(PageText text) =>
        text.SourceKey is not null
        && (long)text.LowerCase.Count + text.CapitalisedMidSentence.Count + text.PhraseWords.Count <= MaximumCachedTextLength / 4
        && text.PhraseRuns.Select(run => run.Segment).Distinct(ReferenceEqualityComparer.Instance).Sum(segment => (long)((TextSegment)segment!).Text.Length) <= MaximumCachedTextLength;

    /// <summary>Each file's own key, in the files' order; null unless every file has one (serve's tag pages have them in memory only).</summary>
    private static List<string>? FileKeysOf(CachedTreeFiles files) =>
        files.FileKeys is { } keys && files.Files.All(file => keys.ContainsKey(file.RelativePath)) ? [.. files.Files.Select(file => keys[file.RelativePath])] : null;

    /// <summary>A language's terms of the cache's bodies, in a table of only the terms they hold.</summary>
    private static SearchTermsState SearchTermsOf(SearchTerms terms, List<RenderedBody> bodies)
    {
        var renumbered = new Dictionary<int, int>();
        var used = new List<int>();
        var ofText = new List<byte[]?>(bodies.Count);
        var keyOfText = new List<string?>(bodies.Count);
        var numbers = new List<int>();
        foreach (var body in bodies)
        {
            if ((body.Kept is { } keptBody ? keptBody.NumbersIn(terms) : terms.Known(body.Text)) is not { } known)
            {
                ofText.Add(null);
                keyOfText.Add(null);
                continue;
            }
            // A kept body's key came with it; a text read by this build has its terms' key worked out once, here.
            keyOfText.Add(body.Kept?.TermsKeyIn(terms) ?? terms.KeyOf(known));
            numbers.Clear();
            foreach (var number in known)
            {
                if (!renumbered.TryGetValue(number, out var kept))
                {
                    renumbered[number] = kept = used.Count;
                    used.Add(number);
                }
                numbers.Add(kept);
            }
            numbers.Sort();
            ofText.Add(Gaps(numbers));
        }
        return new SearchTermsState(terms.Language, [.. terms.TermsOf(used)], ofText, keyOfText);
    }

    /// <summary>Ascending numbers as the gaps between them, each in 7-bit groups (the high bit says another follows).</summary>
    private static byte[] Gaps(List<int> numbers)
    {
        var bytes = new List<byte>(numbers.Count * 2);
        var previous = 0;
        foreach (var number in numbers)
        {
            var gap = (uint)(number - previous);
            previous = number;
            for (; gap >= 0x80; gap >>= 7) bytes.Add((byte)(gap | 0x80));
            bytes.Add((byte)gap);
        }
        return [.. bytes];
    }

    /// <summary>The numbers that <see cref="Gaps"/> wrote; null when the bytes are not such a list.</summary>
    private static int[]? Numbers(byte[] bytes)
    {
        var numbers = new List<int>();
        var (number, gap, shift) = (0L, 0L, 0);
        foreach (var value in bytes)
        {
            if (shift > 28) return null;
            gap |= (long)(value & 0x7F) << shift;
            shift += 7;
            if ((value & 0x80) != 0) continue;
            number += gap;
            if (number > int.MaxValue) return null;
            numbers.Add((int)number);
            (gap, shift) = (0, 0);
        }
        return shift == 0 ? [.. numbers] : null;
    }

    private static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>
    /// The cache of the build named <paramref name="buildId"/>, each file to be taken from the output; null when there is
    /// none to trust: none, or bytes other than those the build wrote (<paramref name="hash"/>, from its record).
    /// </summary>
    public static RenderCache? Read(string path, string buildId, string? hash)
    {
        RenderCacheState? state;
        try
        {
            if (hash is null || !BuildRecord.IsOursToReplace(path) || !File.Exists(path)) return null;
            // Cut short, edited, or another build's: only the bytes the record names are read.
            var bytes = File.ReadAllBytes(path);
            if (HashOf(bytes) != hash) return null;
            state = RenderCacheFormat.Read(new MemoryStream(bytes, writable: false));
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return null;
        }
        if (state is null || state.BuildId != buildId || state.Pages is null || state.Bodies is null || state.TagFiles is null || state.TreeFiles is null) return null;
        if (KeptBodiesOf(state) is not var (bodies, tables)) return null;

        var cache = new RenderCache(state.SiteKey, keepsFiles: false)
        {
            Sources = CheckedSourcesOf(state),
            // Read when the lints ask for them, on their thread: the sources' load waits for the rest of the cache only.
            LintTextsRead = state.LintTexts is { } lintTexts ? new Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, PageText>>?>(
                () => RenderCacheFormat.ReadLintTexts(lintTexts) is { } languages ? LintTextsOf(languages) : null) : null,
        };
        var pages = new Dictionary<string, ImmutableDictionary<string, CachedPage>.Builder>(StringComparer.Ordinal);
        foreach (var page in state.Pages)
        {
            if (page.Body < 0 || page.Body >= bodies.Length) return null;
            var summary = new RenderedBody("", "", page.Headings ?? [], page.NewSections ?? [], page.ShowsNewContent) { Kept = bodies[page.Body] };
            if (!pages.TryGetValue(page.Tree, out var treePages)) pages[page.Tree] = treePages = ImmutableDictionary.CreateBuilder<string, CachedPage>(StringComparer.Ordinal);
            treePages[page.Page] = new CachedPage(page.InputsKey, page.BodyKey, summary, new UnchangedOutputFile(page.File));
        }
        static Dictionary<string, CachedTreeFiles> Files(List<CachedTreeState> trees) =>
            trees.ToDictionary(tree => tree.Tree, tree => new CachedTreeFiles(tree.InputsKey, [.. tree.Files.Select(file => new UnchangedOutputFile(file))])
            {
                // Each file's key with its file, only where there is one for every file.
                FileKeys = tree.FileKeys is { } keys && keys.Count == tree.Files.Count
                    ? tree.Files.Zip(keys).DistinctBy(pair => pair.First, StringComparer.Ordinal).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal)
                    : null,
            }, StringComparer.Ordinal);
        var (tags, own) = (Files(state.TagFiles), Files(state.TreeFiles));
        foreach (var tree in pages.Keys.Concat(tags.Keys).Concat(own.Keys).Distinct(StringComparer.Ordinal))
        {
            cache.Trees[tree] = new CachedTree(pages.GetValueOrDefault(tree)?.ToImmutable() ?? ImmutableDictionary<string, CachedPage>.Empty.WithComparers(StringComparer.Ordinal),
                tags.GetValueOrDefault(tree), own.GetValueOrDefault(tree), ImmutableDictionary<string, OutputFile>.Empty);
        }
        foreach (var language in state.BodyDigests ?? [])
        {
            if (language.Pages.Count != language.Digests.Count) return null;
            var digests = new Dictionary<string, string>(language.Pages.Count, StringComparer.Ordinal);
            for (var index = 0; index < language.Pages.Count; index++)
            {
                if (!digests.TryAdd(language.Pages[index], language.Digests[index])) return null;
            }
            if (!cache.BodyDigests.TryAdd(language.Language, digests)) return null;
        }
        foreach (var terms in tables) cache.SearchTerms[terms.Language] = terms;
        return cache;
    }

    /// <summary>
    /// Each kept body, by its index, with its terms in each language's table, and the tables; null when any of them is not
    /// whole (a language twice, a number outside its table).
    /// </summary>
    private static (KeptBodyText[] Bodies, List<SearchTerms> Tables)? KeptBodiesOf(RenderCacheState state)
    {
        var terms = new List<(SearchTerms Table, int[] Numbers, string Key)>?[state.Bodies.Count];
        var tables = new List<SearchTerms>();
        foreach (var language in state.SearchTerms ?? [])
        {
            if (language?.Language is null || language.Terms is null || language.OfText is null || language.OfText.Count != state.Bodies.Count
                || language.KeyOfText is null || language.KeyOfText.Count != state.Bodies.Count) return null;
            if (tables.Any(table => table.Language == language.Language) || SearchTerms.From(language.Language, language.Terms, []) is not { } table) return null;
            tables.Add(table);
            for (var index = 0; index < terms.Length; index++)
            {
                if (language.OfText[index] is not { } bytes) continue;
                if (Numbers(bytes) is not { } numbers || numbers.Any(number => number >= language.Terms.Count) || language.KeyOfText[index] is not { } key) return null;
                (terms[index] ??= []).Add((table, numbers, key));
            }
        }
        var bodies = new KeptBodyText[state.Bodies.Count];
        for (var index = 0; index < bodies.Length; index++)
        {
            if (state.Bodies[index] is not { FeedExcerpt: { } feed, SearchExcerpt: { } search }) return null;
            bodies[index] = new KeptBodyText(feed, search, terms[index] ?? []);
        }
        return (bodies, tables);
    }

    /// <summary>Each language's kept page texts by display path; null when there are none, or a language or path comes twice.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, PageText>>? LintTextsOf(List<LintTextsState> lintTexts)
    {
        var languages = new Dictionary<string, IReadOnlyDictionary<string, PageText>>(StringComparer.Ordinal);
        foreach (var language in lintTexts)
        {
            var pages = new Dictionary<string, PageText>(language.Pages.Count, StringComparer.Ordinal);
            foreach (var page in language.Pages)
            {
                if (!pages.TryAdd(page.DisplayPath, page)) return null;
            }
            if (!languages.TryAdd(language.Language, pages)) return null;
        }
        return languages;
    }

    /// <summary>The sources the cache's build checked; null when it kept none, or when any entry is not whole (then every file is checked again).</summary>
    private static CheckedSources? CheckedSourcesOf(RenderCacheState state)
    {
        if (state.ParseKey is not { Length: > 0 } parseKey || state.Sources is null) return null;
        var files = new Dictionary<string, CheckedSource>(StringComparer.Ordinal);
        foreach (var source in state.Sources)
        {
            if (source?.Path is null || source.Hash is null || source.Diagnostics is null) return null;
            var diagnostics = new List<Diagnostic>(source.Diagnostics.Count);
            foreach (var recorded in source.Diagnostics)
            {
                if (recorded?.ToDiagnostic() is not { } diagnostic) return null;
                diagnostics.Add(diagnostic);
            }
            files[source.Path] = new CheckedSource(source.Hash, diagnostics)
            {
                FrontMatter = source.Parse?.FrontMatter, BodyLineOffset = source.Parse?.BodyLineOffset ?? 0, Facts = source.Parse?.Facts,
            };
        }
        return new CheckedSources(parseKey, files);
    }

    /// <summary>Removes the file, where it is ours; left behind, it names a build whose record is gone, and no build trusts it.</summary>
    public static void Remove(string path)
    {
        try
        {
            if (BuildRecord.IsOursToReplace(path)) File.Delete(path);
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            // See above: harmless.
        }
    }
}
