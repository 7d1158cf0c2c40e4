using System.Collections.Immutable;
using SpoilerGen.Diagnostics;
using SpoilerGen.Model;

namespace SpoilerGen.Load;

/// <summary>A page's front matter, with episode ids already turned into levels.</summary>
public sealed record FrontMatter(
    ProgressiveValue<string>? Title,
    ProgressiveValue<string>? Summary,
    ImmutableArray<TagReference> Tags,
    int Weight,
    bool Draft,
    string? Slug,
    int Level,
    string? Image,
    SourcePosition Position,
    bool IsUnreadable = false)
{
    public static FrontMatter Empty(SourcePosition position) => new(null, null, [], 0, false, null, 0, null, position);

    /// <summary>Front matter that is not valid YAML: its syntax error is reported, and nothing else is said about it.</summary>
    public static FrontMatter Unreadable(SourcePosition position) => Empty(position) with { IsUnreadable = true };
}
