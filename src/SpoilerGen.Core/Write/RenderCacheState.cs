using SpoilerGen.Markup.Headings;

namespace SpoilerGen.Write;

/// <summary>A build's render cache as its file holds it: each distinct body text once, and every entry by its tree and page.</summary>
internal sealed record RenderCacheState(
    string BuildId, string SiteKey, List<string> Texts, List<CachedPageState> Pages, List<CachedTreeState> TagFiles, List<CachedTreeState> TreeFiles);

/// <summary>One page of one tree: the keys of its inputs, its file's path and its body's summary (the text by its index).</summary>
internal sealed record CachedPageState(
    string Tree, string Page, string InputsKey, string BodyKey, string File, int Text, List<TocEntry> Headings, List<TocEntry> NewSections, bool ShowsNewContent);

/// <summary>A tree's own files and the key of their inputs.</summary>
internal sealed record CachedTreeState(string Tree, string InputsKey, List<string> Files);
