using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// The content files an earlier build checked, by their path under <c>content/</c>, kept in its cache beside the
/// output: a file whose text (and path) hashes the same under the same parse key is still parsed, for the model, but
/// the checks of its spoiler markup are not run again; it reports exactly what it reported then. The checks only
/// report (they read the parse, never change it), and what they find depends only on the text, the config and the tool,
/// which the parse key and the hash cover.
/// </summary>
/// <param name="ParseKey">The tool and the config's bytes the checks ran under: with another key nothing here is used.</param>
public sealed record CheckedSources(string ParseKey, IReadOnlyDictionary<string, CheckedSource> Files)
{
    /// <summary>What a load found, for the next build: each file that was read, with what it reported.</summary>
    public static CheckedSources Of(SourceCache sources) =>
        new(sources.ParseKey, sources.Files.Values.Where(file => file.ContentHash is not null)
            .ToDictionary(file => file.ContentPath, file => new CheckedSource(file.ContentHash!, file.Diagnostics)
            {
                FrontMatter = file.Page?.FrontMatter, BodyLineOffset = file.Page?.BodyLineOffset ?? 0, Facts = file.Page?.Facts,
            }, StringComparer.Ordinal));

    /// <summary>What the file reported when it was checked with this text under this parse key; null when it was not.</summary>
    public IReadOnlyList<Diagnostic>? ReportedFor(string parseKey, string contentPath, string contentHash) => Find(parseKey, contentPath, contentHash)?.Diagnostics;

    /// <summary>The file as it was checked with this text under this parse key; null when it was not.</summary>
    public CheckedSource? Find(string parseKey, string contentPath, string contentHash) =>
        parseKey.Length > 0 && parseKey == ParseKey && Files.TryGetValue(contentPath, out var file) && file.ContentHash == contentHash ? file : null;
}
