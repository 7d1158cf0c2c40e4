using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler block or section that stands between two lists Markdown would otherwise join into one.
/// A tree that hides it shows two lists side by side, where the same page without it shows one: the split
/// itself tells an early reader that something is hidden there, and its bytes depend on later content.
/// </summary>
public static class ListSplitChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document))
        {
            for (var index = 0; index < container.Count; index++)
            {
                if (container[index] is not RevealBlock first) continue;
                var last = index;
                while (last + 1 < container.Count && container[last + 1] is RevealBlock) last++;
                if (index > 0 && container[index - 1] is ListBlock before && last + 1 < container.Count
                    && container[last + 1] is ListBlock after && WouldJoin(before, after))
                {
                    context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsList,
                        "this spoiler stands between two lists that are one list without it, so trees that hide it show the list split in two; " +
                        "put the spoiler inside a list item, or end the list above with a line of text");
                }
                index = last;
            }
        }
    }

    private static bool WouldJoin(ListBlock before, ListBlock after) =>
        before.IsOrdered == after.IsOrdered && before.BulletType == after.BulletType && before.OrderedDelimiter == after.OrderedDelimiter;
}
