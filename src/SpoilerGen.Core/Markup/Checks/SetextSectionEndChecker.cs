using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler heading section ended by an underlined (setext) heading. A line of <c>---</c> or
/// <c>===</c> right under a line of text makes that text a heading: an author who meant a rule below the
/// last line of a hidden section would see the section end there and that line shown in every tree.
/// Refuses too an underlined heading whose text is only spoiler phrases: trees that hide them leave the heading out,
/// where the same page without the hidden line shows its <c>---</c> as a rule (or its <c>===</c> as text).
/// </summary>
public static class SetextSectionEndChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        foreach (var section in document.Descendants<HeadingSectionBlock>())
        {
            if (section.Parent is not { } container) continue;
            var index = container.IndexOf(section);
            if (index + 1 >= container.Count || container[index + 1] is not HeadingBlock { IsSetext: true } next) continue;
            context.ReportError(next.Line, next.Column, DiagnosticCodes.SectionEndsWithUnderlinedHeading,
                "this text, underlined with '---' or '===', is a heading that ends the spoiler section above, so it is shown from the start; " +
                "for a rule, leave a blank line before '---'; for a heading, write it as '## …' (with its own {spoiler=…} if it is part of the spoiler)");
        }
        foreach (var heading in document.Descendants<HeadingBlock>().Where(heading => heading.IsSetext))
        {
            if (!VisibleText.IsEmptiedByHiding(heading, EnclosingLevel.Of(heading))) continue;
            // Markdig numbers an underlined heading from its underline; the author looks for the words.
            var lineStarts = document.LineStartIndexes;
            var line = lineStarts is null ? heading.Line : SourceLines.StartLine(heading, lineStarts);
            var column = lineStarts is null || heading.Span.Start < 0 ? heading.Column : heading.Span.Start - lineStarts[line];
            context.ReportError(line, column, DiagnosticCodes.HiddenUnderlinedHeading,
                "this text, underlined with '---' or '===', is a heading made only of spoiler phrases: trees that hide them show nothing here, where the same page without it shows the underline as a rule or text; " +
                "write the heading as '## [the words]{spoiler=…}', or leave a blank line before '---' for a rule");
        }
    }
}
