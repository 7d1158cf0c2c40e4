using SpoilerGen.Check;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Headings;

namespace SpoilerGen.Write;

/// <summary>
/// A build's render cache as its file holds it: what the search indexes and feeds read of each distinct body text (its
/// excerpts; its terms are in <see cref="SearchTerms"/>) once, and every entry by its tree and page.
/// </summary>
/// <param name="ParseKey">The tool and config the <paramref name="Sources"/> were checked under.</param>
/// <param name="LintTexts">The lints' page texts, as <see cref="RenderCacheFormat.LintTextsBytes"/> wrote them (read by <see cref="RenderCacheFormat.ReadLintTexts"/>).</param>
internal sealed record RenderCacheState(
    string BuildId, string SiteKey, List<KeptBodyState> Bodies, List<CachedPageState> Pages, List<CachedTreeState> TagFiles, List<CachedTreeState> TreeFiles,
    string? ParseKey = null, List<CachedSourceState>? Sources = null, List<SearchTermsState>? SearchTerms = null, byte[]? LintTexts = null,
    List<BodyDigestsState>? BodyDigests = null);

/// <summary>One language's body digest of every page (<see cref="Render.Incremental.RenderInputs.BodyDigests"/>): each page's key and its digest, in pairs.</summary>
internal sealed record BodyDigestsState(string Language, List<string> Pages, List<string> Digests);

/// <summary>One language's page texts as the author's lints read them (each known by its <see cref="PageText.SourceKey"/>).</summary>
internal sealed record LintTextsState(string Language, List<PageText> Pages);

/// <summary>
/// One language's search terms: a table of terms, and for each of <see cref="RenderCacheState.Bodies"/> (by index) the
/// numbers of its terms in the table, ascending, each as its gap from the one before in 7-bit groups; null where the
/// text's terms were not read.
/// </summary>
/// <param name="KeyOfText">For each body, the key of its terms (<see cref="Render.Search.SearchTerms.KeyOf"/>), null where <paramref name="OfText"/> is.</param>
internal sealed record SearchTermsState(string Language, List<string> Terms, List<byte[]?> OfText, List<string?> KeyOfText);

/// <summary>
/// One content file as the build checked it: the hash of its text, what it reported, and what the model reads of its parse
/// (null when the build had no parse of it): the next build parses it only to render it.
/// </summary>
internal sealed record CachedSourceState(string Path, string Hash, List<RecordedDiagnostic> Diagnostics,
    (Load.Sources.FrontMatter FrontMatter, int BodyLineOffset, Load.Sources.SourceFacts Facts)? Parse = null);

/// <summary>What a tree's search index and feed read of one body text besides its terms: its two excerpts (<see cref="Render.Incremental.KeptBodyText"/>).</summary>
internal sealed record KeptBodyState(string FeedExcerpt, string SearchExcerpt);

/// <summary>One page of one tree: the keys of its inputs, its file's path and its body's summary (the body by its index).</summary>
internal sealed record CachedPageState(
    string Tree, string Page, string InputsKey, string BodyKey, string File, int Body, List<TocEntry> Headings, List<TocEntry> NewSections, bool ShowsNewContent);

/// <summary>A tree's own files and the key of their inputs, with each file's own key where the build worked them out (its search index and feed).</summary>
internal sealed record CachedTreeState(string Tree, string InputsKey, List<string> Files, List<string>? FileKeys = null);
