using Markdig.Syntax;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>The first level at which the spoiler blocks and sections around a block are all shown: below it, no tree shows the block.</summary>
public static class EnclosingLevel
{
    public static int Of(Block block)
    {
        var level = 0;
        for (var node = block.Parent; node is not null; node = node.Parent)
            if (node is IRevealable revealable) level = Math.Max(level, revealable.Level);
        return level;
    }
}
