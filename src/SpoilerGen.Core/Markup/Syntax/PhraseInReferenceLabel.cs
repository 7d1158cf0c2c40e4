using System.Text;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Spoiler phrases written inside brackets that, without them, are a reference label: <c>[Nam-ra [dies]{spoiler=s01e05}]</c>
/// with a definition <c>[nam-ra]: https://…</c> on the page, <c>[x][ref [dies]{spoiler=s01e05}]</c>, <c>[^1 [dies]{…}]</c>.
/// Markdown takes a label only when it holds no bracket, so the phrase's own brackets make the text plain in every tree,
/// while the page without the phrase (<c>[Nam-ra ]</c>) is a link or a footnote reference: what the phrase hides would
/// decide what the words around it are. Such phrases are recorded for <see cref="Checks.PhraseInReferenceLabelChecker"/> to refuse.
/// </summary>
public static class PhraseInReferenceLabel
{
    /// <summary>Markdown's longest label; a longer one is no label with or without the phrases.</summary>
    private const int MaximumLabelLength = 999;

    /// <summary>
    /// Records the phrases inside the brackets opened at <paramref name="open"/> when the brackets' text without them
    /// is a label the page defines, and those in a <c>[…]</c> right after them that is <c>[]</c> without its phrases
    /// (a collapsed reference, <c>[x][]</c>, which takes the first brackets' label). Only a bracket's own phrases are
    /// read, each skipped whole, and a label stops at the first bracket that is not a phrase's: every character is read
    /// for at most its innermost bracket and the one before it.
    /// </summary>
    public static void Record(InlineProcessor processor, StringSlice slice, int open)
    {
        if (processor.Context is not SpoilerParserContext context || processor.Parsers.Find<SpoilerInlineParser>() is not { } phrases) return;
        if (Read(processor, slice, phrases, open) is not { } brackets) return;
        if (brackets.PhraseStarts.Count > 0 && Names(processor, brackets.Label)) context.PhraseRunsInReferenceLabel.Add(brackets.PhraseStarts);

        var next = brackets.Close + 1;
        if (next <= slice.End && slice.Text[next] == '[' && Read(processor, slice, phrases, next) is { Label: "[]", PhraseStarts.Count: > 0 } collapsed
            && Names(processor, brackets.Label))
        {
            context.PhraseRunsInReferenceLabel.Add(collapsed.PhraseStarts);
        }
    }

    /// <summary>Whether <paramref name="label"/> (with its brackets) is a label that names a link definition or footnote of the page.</summary>
    private static bool Names(InlineProcessor processor, string label)
    {
        var slice = new StringSlice(label);
        return LinkHelper.TryParseLabel(ref slice, out var name, out _) && processor.Document.TryGetLinkReferenceDefinition(name, out _);
    }

    /// <summary>The brackets at <paramref name="open"/> as text without their phrases, or null when they hold another bracket or are too long for a label.</summary>
    private static LabelWithoutPhrases? Read(InlineProcessor processor, StringSlice slice, SpoilerInlineParser phrases, int open)
    {
        var close = phrases.ClosingBracketAt(processor, slice, open);
        if (close < 0) return null;
        var text = slice.Text;
        var label = new StringBuilder("[");
        var starts = new List<int>();
        for (var i = open + 1; i < close; i++)
        {
            if (label.Length > MaximumLabelLength + 1) return null;
            switch (text[i])
            {
                case '[':
                    var end = phrases.PhraseEndAt(processor, slice, i);
                    if (end < 0) return null;
                    starts.Add(processor.GetSourcePosition(i));
                    i = end;
                    break;
                case ']':
                    return null;
                case '\\' when i + 1 < close:
                    label.Append(text[i]).Append(text[++i]);
                    break;
                default:
                    label.Append(text[i]);
                    break;
            }
        }
        return new LabelWithoutPhrases(label.Append(']').ToString(), starts, close);
    }

    /// <summary>Brackets' text with their phrases taken out, where those phrases start in the body, and where the brackets close.</summary>
    private sealed record LabelWithoutPhrases(string Label, List<int> PhraseStarts, int Close);
}
