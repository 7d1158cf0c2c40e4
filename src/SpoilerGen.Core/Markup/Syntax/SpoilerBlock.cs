using Markdig.Parsers;

namespace SpoilerGen.Markup.Syntax;

/// <summary>A fenced block, <c>::: spoiler s01e05</c> … <c>:::</c>.</summary>
public sealed class SpoilerBlock(BlockParser parser, string episodeId, int level, int fenceLength)
    : RevealBlock(parser, episodeId, level)
{
    /// <summary>How many colons opened the block; a closing fence needs at least as many.</summary>
    public int FenceLength { get; } = fenceLength;

    /// <summary>Set while parsing, when the closing fence is found; a block without one runs to the end of its container.</summary>
    public bool HasClosingFence { get; internal set; }
}
