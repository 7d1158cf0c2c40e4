using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Render;
using SpoilerGen.Render.Incremental;

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

    /// <summary>Writes the cache of a build that wrote its files to its output; false when it could not.</summary>
    /// <param name="sources">The content files the build read and checked, for the next build; null to keep none.</param>
    public static bool Write(string path, RenderCache cache, string buildId, CheckedSources? sources = null)
    {
        if (cache.KeepsFiles || !BuildRecord.IsOursToReplace(path)) return false;
        var texts = new List<string>();
        var textIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        int IndexOf(string text)
        {
            if (textIndexes.TryGetValue(text, out var index)) return index;
            texts.Add(text);
            return textIndexes[text] = texts.Count - 1;
        }
        // A page whose text is larger than this is left out, and the next build renders it again: the serializer
        // escapes a string in one buffer of six bytes per character (a 25 MB page needed 150 MB at once).
        var trees = cache.Trees.OrderBy(tree => tree.Key, StringComparer.Ordinal).ToList();
        var pages = trees.SelectMany(tree => tree.Value.Pages.Where(page => page.Value.Summary.Text.Length <= MaximumCachedTextLength)
                .OrderBy(page => page.Key, StringComparer.Ordinal)
                .Select(page => new CachedPageState(tree.Key, page.Key, page.Value.InputsKey, page.Value.BodyKey, page.Value.File.RelativePath,
                    IndexOf(page.Value.Summary.Text), [.. page.Value.Summary.Headings], [.. page.Value.Summary.NewSections], page.Value.Summary.ShowsNewContent)))
            .ToList();
        List<CachedTreeState> Files(Func<CachedTree, CachedTreeFiles?> files) =>
            [.. trees.Where(tree => files(tree.Value) is not null)
                .Select(tree => new CachedTreeState(tree.Key, files(tree.Value)!.InputsKey, [.. files(tree.Value)!.Files.Select(file => file.RelativePath)]))];
        List<CachedSourceState>? checkedSources = sources is null ? null
            : [.. sources.Files.OrderBy(file => file.Key, StringComparer.Ordinal)
                .Select(file => new CachedSourceState(file.Key, file.Value.ContentHash, [.. file.Value.Diagnostics.Select(RecordedDiagnostic.From)]))];
        var state = new RenderCacheState(buildId, cache.SiteKey, texts, pages, Files(tree => tree.Tags), Files(tree => tree.Own), sources?.ParseKey, checkedSources);
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            using var compressed = new BrotliStream(file, CompressionLevel.Fastest);
            JsonSerializer.Serialize(compressed, state, BuildStateJsonContext.Default.RenderCacheState);
            return true;
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            Remove(path);
            return false;
        }
    }

    /// <summary>The cache of the build named <paramref name="buildId"/>, each file to be taken from the output; null when there is none to trust.</summary>
    public static RenderCache? Read(string path, string buildId)
    {
        RenderCacheState? state;
        try
        {
            if (!BuildRecord.IsOursToReplace(path) || !File.Exists(path)) return null;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var compressed = new BrotliStream(file, CompressionMode.Decompress);
            state = JsonSerializer.Deserialize(compressed, BuildStateJsonContext.Default.RenderCacheState);
        }
        // A file cut short or overwritten: Brotli's decoder says so with InvalidOperationException ("ran into invalid data").
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception) || exception is JsonException or InvalidDataException or InvalidOperationException)
        {
            return null;
        }
        if (state is null || state.BuildId != buildId || state.Pages is null || state.Texts is null || state.TagFiles is null || state.TreeFiles is null) return null;

        var cache = new RenderCache(state.SiteKey, keepsFiles: false) { Sources = CheckedSourcesOf(state) };
        var pages = new Dictionary<string, ImmutableDictionary<string, CachedPage>.Builder>(StringComparer.Ordinal);
        foreach (var page in state.Pages)
        {
            if (page.Text < 0 || page.Text >= state.Texts.Count) return null;
            var summary = new RenderedBody("", state.Texts[page.Text], page.Headings ?? [], page.NewSections ?? [], page.ShowsNewContent);
            if (!pages.TryGetValue(page.Tree, out var treePages)) pages[page.Tree] = treePages = ImmutableDictionary.CreateBuilder<string, CachedPage>(StringComparer.Ordinal);
            treePages[page.Page] = new CachedPage(page.InputsKey, page.BodyKey, summary, new UnchangedOutputFile(page.File));
        }
        static Dictionary<string, CachedTreeFiles> Files(List<CachedTreeState> trees) =>
            trees.ToDictionary(tree => tree.Tree, tree => new CachedTreeFiles(tree.InputsKey, [.. tree.Files.Select(file => new UnchangedOutputFile(file))]), StringComparer.Ordinal);
        var (tags, own) = (Files(state.TagFiles), Files(state.TreeFiles));
        foreach (var tree in pages.Keys.Concat(tags.Keys).Concat(own.Keys).Distinct(StringComparer.Ordinal))
        {
            cache.Trees[tree] = new CachedTree(pages.GetValueOrDefault(tree)?.ToImmutable() ?? ImmutableDictionary<string, CachedPage>.Empty.WithComparers(StringComparer.Ordinal),
                tags.GetValueOrDefault(tree), own.GetValueOrDefault(tree), ImmutableDictionary<string, OutputFile>.Empty);
        }
        return cache;
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
            files[source.Path] = new CheckedSource(source.Hash, diagnostics);
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
