using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler block or section that stands between two lists, or two indented code blocks, that Markdown
/// would otherwise join into one.
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
                var before = index > 0 ? container[index - 1] : null;
                var after = last + 1 < container.Count ? container[last + 1] : null;
                if (before is ListBlock beforeList && after is ListBlock afterList && WouldJoin(beforeList, afterList))
                {
                    context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsList,
                        "this spoiler stands between two lists that are one list without it, so trees that hide it show the list split in two; " +
                        "put the spoiler inside a list item, or end the list above with a line of text");
                }
                else if (IsIndentedCode(before) && IsIndentedCode(after))
                {
                    context.ReportError(first.Line, first.Column, DiagnosticCodes.SpoilerSplitsCodeBlock,
                        "this spoiler stands between two indented code blocks that are one code block without it, so trees that hide it show the code split in two; " +
                        "use fenced code blocks (```), or put a line of text between the code and the spoiler");
                }
                index = last;
            }
        }
    }

    /// <summary>Indented code runs on across blank lines; fenced code ends at its fence and joins nothing.</summary>
    private static bool IsIndentedCode(Block? block) => block is CodeBlock and not FencedCodeBlock;

    private static bool WouldJoin(ListBlock before, ListBlock after) =>
        before.IsOrdered == after.IsOrdered && before.BulletType == after.BulletType && before.OrderedDelimiter == after.OrderedDelimiter;
}
