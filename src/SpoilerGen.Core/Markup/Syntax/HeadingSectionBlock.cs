namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// A heading marked <c>{spoiler=…}</c> together with everything under it up to the next heading of the
/// same or a higher rank. Built after parsing, so that a section is hidden exactly like a spoiler block.
/// </summary>
public sealed class HeadingSectionBlock(string episodeId, int level) : RevealBlock(null, episodeId, level);
