using System.Collections.Concurrent;
using SpoilerGen.Check;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Render.Output;
using SpoilerGen.Render.Search;

namespace SpoilerGen.Render.Incremental;

/// <summary>
/// What one render made, by the key of each file's inputs: handed to the next render of the same site, which
/// takes every file whose inputs are unchanged from here and renders only the others. Never changed once the
/// render that filled it has finished.
/// </summary>
/// <param name="siteKey">The config, theme, options and tree layout: with another site key nothing here is reused.</param>
/// <param name="keepsFiles">
/// True for <c>serve</c>, which holds every file in memory (compressed); false for <c>build</c>, whose files stay in
/// its output folder, where the next build takes those that are unchanged (<see cref="UnchangedOutputFile"/>).
/// </param>
public sealed class RenderCache(string siteKey, bool keepsFiles = true)
{
    public string SiteKey { get; } = siteKey;

    public bool KeepsFiles { get; } = keepsFiles;

    /// <summary>Each tree by its path: its pages, tag pages and own files, each by the key of its inputs.</summary>
    internal ConcurrentDictionary<string, CachedTree> Trees { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each language's digests of every page (<see cref="RenderInputs.Digests"/>), by the language's code: the next render
    /// compares its body digests with them to find the pages whose body may have changed, and takes those of the pages that
    /// are the same objects. Absent from a cache read from beside an output, which has <see cref="BodyDigests"/> instead.
    /// </summary>
    internal ConcurrentDictionary<string, IReadOnlyDictionary<string, PageDigests>> Digests { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each language's key of the forms of all its pages in their order (<see cref="RenderInputs.LanguageForms"/>), by the
    /// language's code, in a cache that <c>serve</c> keeps in memory: where the next render's is the same, every tree shows
    /// the pages it showed, each with the form it had, and keeps its forms key.
    /// </summary>
    internal ConcurrentDictionary<string, string> FormsKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each language's body digest of every page, by the language's code and the page's key, as a cache read from beside an
    /// output keeps them (<see cref="Digests"/> hold the previous model's pages, which a new process does not have).
    /// </summary>
    internal ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> BodyDigests { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The content files the build that wrote this cache read and checked (only a cache read from beside an output has
    /// them): what the next build need not check again.
    /// </summary>
    public CheckedSources? Sources { get; init; }

    /// <summary>
    /// Each language's page texts as the author's lints read them, by language and display path (only a cache read from
    /// beside an output has them): the next build's lints read again only the pages whose source key changed.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, PageText>>? LintTexts => LintTextsRead?.Value;

    /// <summary>The <see cref="LintTexts"/> as the cache's file holds them, read once, when first asked for (on the lints' thread).</summary>
    public Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, PageText>>?>? LintTextsRead { get; init; }

    /// <summary>
    /// The search terms of each language's texts (only a cache that <c>build</c> keeps beside its output has them): the
    /// next build's search indexes read only the texts that changed.
    /// </summary>
    internal ConcurrentDictionary<string, SearchTerms> SearchTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>One copy of each distinct body text: most pages read the same in many trees.</summary>
    internal ConcurrentDictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>What to hand on of a freshly rendered file, and what to keep of it for the next render.</summary>
    internal (OutputFile Handed, OutputFile Kept) Keep(OutputFile file)
    {
        if (!KeepsFiles) return (file, new UnchangedOutputFile(file.RelativePath));
        OutputFile kept = file switch
        {
            TextOutputFile text => CompressedOutputFile.From(text),
            BinaryOutputFile binary => CompressedOutputFile.From(binary.RelativePath, binary.Content),
            _ => file,
        };
        return (kept, kept);
    }

    private int _rendered;
    private int _reused;

    /// <summary>How many page and tree files the render that filled this cache rendered afresh.</summary>
    public int RenderedCount => _rendered;

    /// <summary>How many it took unchanged from the render before.</summary>
    public int ReusedCount => _reused;

    internal void CountRendered(int count = 1) => Interlocked.Add(ref _rendered, count);

    internal void CountReused(int count = 1) => Interlocked.Add(ref _reused, count);
}
