using System.Collections.Immutable;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;

namespace SpoilerGen.Load.Sources;

/// <summary>A page's front matter, with episode ids already turned into levels.</summary>
public sealed record FrontMatter(
    ProgressiveValue<string>? Title,
    ProgressiveValue<string>? Summary,
    ImmutableArray<TagReference> Tags,
    int Weight,
    bool Draft,
    string? Slug,
    int Level,
    ProgressiveValue<string>? Image,
    SourcePosition Position,
    bool IsUnreadable = false)
{
    /// <summary>When the page was first published, from <c>date:</c>; what feeds and sitemaps date it by when it has no <c>lastmod:</c>.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>When the page last changed, from <c>lastmod:</c>.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Each value of <c>image:</c> as written, with where it is written: what a missing file is reported at.</summary>
    public ImmutableArray<(string Value, SourcePosition Position)> ImageValues { get; init; } = [];

    /// <summary>The page's date for feeds and sitemaps: <c>lastmod</c>, else <c>date</c>, else none.</summary>
    public DateTimeOffset? Updated => LastModified ?? Date;

    public static FrontMatter Empty(SourcePosition position) => new(null, null, [], 0, false, null, 0, null, position);

    /// <summary>Front matter that is not valid YAML: its syntax error is reported, and nothing else is said about it.</summary>
    public static FrontMatter Unreadable(SourcePosition position) => Empty(position) with { IsUnreadable = true };
}
