using Markdig.Parsers;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>A container of blocks that readers may only see from <see cref="Level"/> on.</summary>
public abstract class RevealBlock(BlockParser? parser, string episodeId, int level) : ContainerBlock(parser), IRevealable
{
    public string EpisodeId { get; } = episodeId;

    public int Level { get; } = level;
}
