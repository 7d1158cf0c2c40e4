using Scriban;
using Scriban.Syntax;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Render.Templates;

/// <summary>
/// A template's text (and the strings its code writes) is the same in every tree and never read as Markdown: spoiler
/// markup written there (<c>[words]{spoiler=s01e04}</c>, a <c>::: spoiler</c> line) would be printed for every reader.
/// It is refused at its place, as it is in front matter and the config. Other tools' spoiler syntax is left alone: a
/// theme's <c>&lt;details&gt;</c> or <c>class="spoiler"</c> is its own design, not an author's markup gone astray.
/// </summary>
public static class TemplateMarkupCheck
{
    public static void Check(Template template, string source, string displayPath, DiagnosticBag diagnostics)
    {
        // A stack of its own: a template may nest deeper than the call stack.
        var pending = new Stack<ScriptNode>();
        if (template.Page is { } page) pending.Push(page);
        while (pending.TryPop(out var node))
        {
            var (text, offset) = node switch
            {
                ScriptRawStatement raw when raw.Text.FullText is not null => (raw.Text.ToString(), raw.Text.Index),
                ScriptLiteral { Value: string literal } => (literal, node.Span.Start.Offset),
                _ => (null, 0),
            };
            if (text is not null && SpoilerMarkupLookalike.Find(text, foreignSyntax: false) is { } found)
            {
                // A literal's text is its value: its place is the literal's start, quotes and escapes being in between.
                var at = node is ScriptLiteral ? offset : offset + found.Index;
                diagnostics.Error(SourcePosition.At(displayPath, source, at), found.Code,
                    found.Message("this template") + "; a template's text is the same in every tree and is not read as Markdown: put the words in a page, where spoiler markup is read");
            }
            foreach (var child in node.Children) pending.Push(child);
        }
    }
}
