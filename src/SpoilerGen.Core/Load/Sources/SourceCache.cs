using System.Collections.Immutable;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// Every content file of one load, by its path under <c>content/</c>, with the hash of its text: what the
/// next load of the same site is given, so that it parses again only the files whose text changed.
/// </summary>
/// <param name="ParseKey">What every parse depended on besides the file (the config's timeline): a load with another key parses everything again.</param>
public sealed record SourceCache(string ParseKey, ImmutableDictionary<string, LoadedSource> Files)
{
    /// <summary>The parsed pages, in the order of their paths.</summary>
    public IReadOnlyList<SourcePage> Pages { get; } =
        [.. Files.Values.OrderBy(file => file.ContentPath, StringComparer.Ordinal).Select(file => file.Page).OfType<SourcePage>()];

    /// <summary>The listing of <c>content/</c> the load read the files from: the next load's, where what changed cannot change it.</summary>
    public ContentListing? Listing { get; init; }

    /// <summary>The hash of a content file's text, or null when it has none (a folder's list page without <c>_index.md</c>).</summary>
    public string? HashOf(string contentPath) => Files.TryGetValue(contentPath, out var file) ? file.ContentHash : null;
}
