using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses the forms in which a spoiler block or a heading section would end earlier than its author
/// meant. A block or section written inside a list item, a blockquote or another block ends where that
/// container ends; text after the container is outside it, at the level around the container.
/// </summary>
public static class ContainerEndChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context) => Visit(document, context);

    private static void Visit(ContainerBlock container, SpoilerParserContext context)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case SpoilerBlock { HasClosingFence: false } spoiler:
                    CheckUnclosed(spoiler, context);
                    break;
                case HeadingSectionBlock section when section.Parent is not (MarkdownDocument or HeadingSectionBlock):
                    CheckSection(section, context);
                    break;
            }
            if (block is ContainerBlock child) Visit(child, context);
        }
    }

    /// <summary>
    /// A block without its fence runs to the end of the page, which hides more rather than less: a warning.
    /// But one cut short by the end of the list item or blockquote it is in leaves what follows visible.
    /// </summary>
    private static void CheckUnclosed(SpoilerBlock spoiler, SpoilerParserContext context)
    {
        if (FirstBlockAfter(spoiler) is not { } next)
        {
            context.ReportUnclosed(spoiler.Line, spoiler.Column);
            return;
        }
        context.ReportError(spoiler.Line, spoiler.Column, DiagnosticCodes.SpoilerBlockEndsWithContainer,
            $"this spoiler block is not closed inside the {Describe(spoiler.Parent)} it is opened in, so it ends with it and the text at line {context.PositionOf(next.Line, 0).Line} is shown to everyone; indent its ':::' like the block's first line, or open the block outside the {Describe(spoiler.Parent)}");
    }

    private static void CheckSection(HeadingSectionBlock section, SpoilerParserContext context)
    {
        var rank = section.Count > 0 && section[0] is HeadingBlock heading ? heading.Level : 6;
        if (FirstBlockAfter(section) is not { } next || IsHeadingOfRankAtMost(next, rank)) return;
        context.ReportError(section.Line, section.Column, DiagnosticCodes.SectionEndsWithContainer,
            $"this heading's section ends where the {Describe(section.Parent)} it is written in ends, but text follows at line {context.PositionOf(next.Line, 0).Line} before the next heading of its rank, and that text would be shown to everyone; " +
            "put the section's heading outside the container, add a heading after the container, or wrap what is hidden in '::: spoiler EPISODE' … ':::'");
    }

    /// <summary>The first block after <paramref name="block"/> in reading order that is not inside it.</summary>
    private static Block? FirstBlockAfter(Block block)
    {
        for (var current = block; current.Parent is { } parent; current = parent)
        {
            var index = parent.IndexOf(current);
            for (var i = index + 1; i < parent.Count; i++)
            {
                if (parent[i] is not LinkReferenceDefinitionGroup and not BlankLineBlock) return parent[i];
            }
        }
        return null;
    }

    private static bool IsHeadingOfRankAtMost(Block block, int rank) => block switch
    {
        HeadingBlock heading => heading.Level <= rank,
        HeadingSectionBlock { Count: > 0 } section => section[0] is HeadingBlock heading && heading.Level <= rank,
        _ => false,
    };

    private static string Describe(ContainerBlock? container) => container switch
    {
        ListItemBlock => "list item",
        QuoteBlock => "blockquote",
        SpoilerBlock => "spoiler block",
        HeadingSectionBlock => "heading section",
        _ => "container",
    };
}
