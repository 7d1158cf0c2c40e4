using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Reading;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Reads every text of a parsed document that a render can write (paragraph and heading text as each
/// tree shows it, code, raw HTML, link URLs and titles) and reports any that still looks like spoiler
/// markup, at its source position: markup that was not recognised would otherwise be printed.
/// </summary>
public static class LookalikeScanner
{
    public static void Scan(MarkdownDocument document, SpoilerParserContext context) => Visit(document, context);

    private static void Visit(Block block, SpoilerParserContext context)
    {
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    Visit(child, context);
                }
                break;
            case HtmlBlock html:
                ScanLines(html, HtmlComments.BlankOut, "raw HTML (leave a blank line between HTML and Markdown)", context, isCode: false);
                ScanLines(html, HtmlComments.KeepOnlyInside, InComment, context, isCode: true);
                break;
            case FencedCodeBlock fenced:
                // Info and arguments together: "```spoiler s01e05" splits into "spoiler" and "s01e05".
                Report($"{fenced.Info} {fenced.Arguments}", fenced.Line, fenced.Column, "a code fence's info string", context);
                ScanLines(fenced, line => line, "a code block", context, isCode: true);
                break;
            case CodeBlock code:
                ScanLines(code, line => line, "a code block (a line indented by four spaces or more is code)", context, isCode: true);
                break;
            case LeafBlock { Inline: { } inline }:
                ScanInlines(inline, context);
                break;
        }
    }

    // A comment is dropped from every tree, and with it any markup it swallowed: "[dies <!-- x]{spoiler=s01e05} -->"
    // leaves "[dies" as text for every reader. Notes may mention spoilers; only SpoilerGen's own markup is refused there.
    private const string InComment =
        "an HTML comment (a comment swallows the markup in it, and what the markup should hide is then shown to every reader; close the comment before the markup, or leave the markup out of the note)";

    /// <param name="visibleText">what of the block's text is written, as text of the same length</param>
    /// <param name="isCode">code prints data keyed by episode as it is: only SpoilerGen's own markup is refused there</param>
    private static void ScanLines(LeafBlock block, Func<string, string> visibleText, string where, SpoilerParserContext context, bool isCode)
    {
        var lines = block.Lines;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++) text.Append(lines.Lines[i].Slice.ToString()).Append('\n');
        if (SpoilerMarkupLookalike.Find(visibleText(text.ToString()), context.Timeline, foreignSyntax: false, isCode) is not { } found) return;

        var lineStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var length = lines.Lines[i].Slice.Length + 1;
            if (found.Index < lineStart + length)
            {
                context.ReportFirstOnLine(lines.Lines[i].Line, lines.Lines[i].Column + found.Index - lineStart, found.Code, found.Message(where));
                return;
            }
            lineStart += length;
        }
    }

    /// <summary>
    /// The text of a paragraph or heading is checked as every tree shows it, so that a near miss split
    /// over several inlines (an escaped brace, an entity, a phrase that hides part of it) is still found.
    /// </summary>
    private static void ScanInlines(ContainerInline root, SpoilerParserContext context)
    {
        var levels = new SortedSet<int> { 0 };
        foreach (var phrase in root.Descendants<SpoilerInline>()) levels.Add(phrase.Level);
        foreach (var level in levels)
        {
            // Once for each level a phrase of the paragraph names: a paragraph of megabytes is read that many times.
            context.CancellationToken.ThrowIfCancellationRequested();
            var pieces = new List<TextPiece>();
            Collect(root, level, pieces, context);
            var text = new StringBuilder();
            foreach (var piece in pieces) text.Append(piece.Text);
            if (SpoilerMarkupLookalike.Find(text.ToString(), context.Timeline, foreignSyntax: false) is not { } found) continue;

            // Markdig numbers a setext heading's lines from its underline: count them back.
            var lineShift = (root as ContainerInline)?.ParentBlock is HeadingBlock { IsSetext: true } ? pieces.Max(p => p.Line) - pieces.Min(p => p.Line) + 1 : 0;
            var offset = 0;
            var at = pieces[^1];
            foreach (var piece in pieces)
            {
                if (found.Index < offset + piece.Text.Length) { at = piece with { Column = piece.Column + (piece.IsSource ? found.Index - offset : 0) }; break; }
                offset += piece.Text.Length;
            }
            var where = at.Where == "the text" && root.ParentBlock is HeadingBlock heading
                ? heading.IsSetext
                    ? "the text of a heading underlined with '---' or '===' (such a heading cannot hold the attribute: write '## Title {spoiler=s01e05}')"
                    : "the heading's text (the attribute comes last on the line, after a space, with no closing '#')"
                : at.Where;
            var line = at.Line - lineShift;
            // Counting back over a setext heading whose inlines Markdig numbered oddly (seen in fuzzing) must
            // still land on a real line: the block's own.
            if (line < 0) line = root.ParentBlock?.Line ?? 0;
            context.ReportFirstOnLine(line, at.Column, found.Code, found.Message(where));
            return;
        }
    }

    /// <summary>A run of text that a render writes, with where it comes from.</summary>
    private sealed record TextPiece(string Text, int Line, int Column, bool IsSource, string Where);

    private static void Collect(Inline inline, int level, List<TextPiece> pieces, SpoilerParserContext context)
    {
        switch (inline)
        {
            case SpoilerInline phrase when phrase.Level > level:
                pieces.Add(new TextPiece(" ", phrase.Line, phrase.Column, false, "the text"));
                return;
            case LiteralInline literal:
                pieces.Add(new TextPiece(literal.Content.ToString(), literal.Line, literal.Column, true, "the text"));
                return;
            case CodeInline code:
                pieces.Add(new TextPiece(code.Content, code.Line, code.Column, false, "a code span"));
                return;
            case HtmlEntityInline entity:
                pieces.Add(new TextPiece(entity.Transcoded.ToString(), entity.Line, entity.Column, false, "the text"));
                return;
            case LineBreakInline lineBreak:
                pieces.Add(new TextPiece("\n", lineBreak.Line, lineBreak.Column, false, "the text"));
                return;
            case HtmlInline html:
                var tag = HtmlComments.Remove(html.Tag);
                ReportInComment(html, context);
                pieces.Add(new TextPiece(tag, html.Line, html.Column, false, "raw HTML"));
                return;
            case AutolinkInline autolink:
                Report(autolink.Url, autolink.Line, autolink.Column, "a link's URL", context);
                pieces.Add(new TextPiece(autolink.Url, autolink.Line, autolink.Column, false, "a link's URL"));
                return;
            case LinkInline link:
                Report(link.Url, link.Line, link.Column,
                    link.IsAutoLink ? "a bare URL that ran on into the text after it (write it as <https://…> or [text](https://…))" : "a link's URL", context);
                Report(link.Title, link.Line, link.Column, "a link's title", context);
                // URL and title together: "[x](spoiler \"s01e05\")" splits the attribute between them.
                if (!string.IsNullOrEmpty(link.Title)) Report($"{link.Url} {link.Title}", link.Line, link.Column, "a link's URL and title", context);
                break;
        }
        if (inline is ContainerInline container)
        {
            foreach (var child in container) Collect(child, level, pieces, context);
        }
    }

    /// <summary>Reports spoiler markup inside a comment of an inline tag, at its line and column (a comment may span lines).</summary>
    private static void ReportInComment(HtmlInline html, SpoilerParserContext context)
    {
        if (SpoilerMarkupLookalike.Find(HtmlComments.KeepOnlyInside(html.Tag), context.Timeline, foreignSyntax: false, isCode: true) is not { } found) return;
        var lineStart = html.Tag.LastIndexOf('\n', Math.Max(found.Index - 1, 0)) + 1;
        var lines = html.Tag.AsSpan(0, lineStart).Count('\n');
        var column = lines == 0 ? html.Column + found.Index : found.Index - lineStart;
        context.ReportFirstOnLine(html.Line + lines, column, found.Code, found.Message(InComment));
    }

    private static void Report(string? text, int line, int column, string where, SpoilerParserContext context)
    {
        if (SpoilerMarkupLookalike.Find(text, context.Timeline, foreignSyntax: false) is { } found)
        {
            context.ReportFirstOnLine(line, column, found.Code, found.Message(where));
        }
    }
}
