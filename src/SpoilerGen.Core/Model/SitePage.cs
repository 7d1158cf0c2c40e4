using System.Collections.Immutable;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;

namespace SpoilerGen.Model;

/// <summary>
/// A page of the site as every tree sees it: its URL inside a tree, the level from which it exists,
/// and the values that may change with the reader's checkpoint.
/// </summary>
public sealed record SitePage(
    string Key,
    PageKind Kind,
    string DisplayPath,
    string ContentPath,
    int Level,
    ProgressiveValue<string> Title,
    ProgressiveValue<string>? Summary,
    ImmutableArray<TagReference> Tags,
    int Weight,
    ProgressiveValue<string>? Image,
    SourceBody? Body,
    string? ParentKey,
    ImmutableDictionary<string, string> LinkTargets,
    DateTimeOffset LastModified)
{
    /// <summary>The lines of the source file before its body (the front matter), so that the body's nodes are named at their line in the file.</summary>
    public int BodyLineOffset { get; init; }

    /// <summary>What the model and the checks read of the page's parse (its links, its headings' ids), read once per parse.</summary>
    public SourceFacts Facts { get; init; } = SourceFacts.None;

    /// <summary>
    /// What pairs the page with its translations: its content path without the language (<c>characters/on-jo.md</c>),
    /// or its folder's <c>_index.md</c> path for a section.
    /// </summary>
    public string TranslationKey { get; init; } = ContentPath;

    /// <summary>Whether a reader at <paramref name="checkpoint"/> may see the page at all.</summary>
    public bool ExistsAt(int checkpoint) => Level <= checkpoint;

    /// <summary>The title at a checkpoint where the page exists (checked when the model is built).</summary>
    public string TitleAt(int checkpoint) => Title.At(checkpoint) ?? Title.Entries[0].Value;

    public string? SummaryAt(int checkpoint) => Summary?.At(checkpoint);

    /// <summary>The page's own picture (a portrait, a still) at a checkpoint, as a site-rooted path under <c>static/</c>.</summary>
    public string? ImageAt(int checkpoint) => Image?.At(checkpoint);

    public IEnumerable<TagReference> TagsAt(int checkpoint) => Tags.Where(tag => Math.Max(tag.Level, Level) <= checkpoint);
}
