using Markdig.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a spoiler heading section ended by an underlined (setext) heading. A line of <c>---</c> or
/// <c>===</c> right under a line of text makes that text a heading: an author who meant a rule below the
/// last line of a hidden section would see the section end there and that line shown in every tree.
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
    }
}
