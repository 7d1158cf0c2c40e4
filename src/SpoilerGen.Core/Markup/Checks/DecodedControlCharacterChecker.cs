using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Text;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Refuses a character reference that Markdown decodes into a control character (<c>&amp;#27;</c>, <c>&amp;#x1;</c>), in text,
/// a link's or image's address or title, a link definition or a code fence's info string. The source holds no control
/// character, so the load's check (SG0109) passes it, but the page, its feed entry and its search text would hold the
/// decoded character, which no feed or sitemap may hold.
/// </summary>
public static class DecodedControlCharacterChecker
{
    public static void Check(MarkdownDocument document, SpoilerParserContext context)
    {
        foreach (var node in document.Descendants())
        {
            var decoded = node switch
            {
                HtmlEntityInline entity => [entity.Transcoded.ToString()],
                LinkInline link => [link.Url, link.Title],
                LinkReferenceDefinition definition => [definition.Url, definition.Title],
                FencedCodeBlock fence => [fence.Info, fence.Arguments],
                _ => (string?[])[],
            };
            foreach (var text in decoded)
            {
                if (text is null || ControlCharacters.IndexOfFirst(text) is not (var index and >= 0)) continue;
                context.ReportError(node.Line, node.Column, DiagnosticCodes.ControlCharacter,
                    $"a character reference here stands for the control character {ControlCharacters.Name(text[index])}, which cannot be published (no feed or sitemap may hold it); remove it");
                break;
            }
        }
    }
}
