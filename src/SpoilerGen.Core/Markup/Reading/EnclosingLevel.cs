using Markdig.Syntax;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>The first level at which the spoiler blocks and sections around a block (or the phrases around a phrase) are all shown: below it, no tree shows what they hold.</summary>
public static class EnclosingLevel
{
    public static int Of(Block block)
    {
        var level = 0;
        for (var node = block.Parent; node is not null; node = node.Parent)
            if (node is IRevealable revealable) level = Math.Max(level, revealable.Level);
        return level;
    }

    /// <summary>The highest level of the phrases a phrase is written in: below it, no tree shows the phrase anyway.</summary>
    public static int OfOuterPhrases(SpoilerInline phrase)
    {
        var level = 0;
        for (var node = phrase.Parent; node is not null; node = node.Parent)
            if (node is SpoilerInline outer) level = Math.Max(level, outer.Level);
        return level;
    }
}
