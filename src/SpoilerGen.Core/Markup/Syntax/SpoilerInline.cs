using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Syntax;

/// <summary>A phrase inside a paragraph, <c>[the phrase]{spoiler=s01e05}</c>.</summary>
public sealed class SpoilerInline(string episodeId, int level) : ContainerInline, IRevealable
{
    public string EpisodeId { get; } = episodeId;

    public int Level { get; } = level;
}
