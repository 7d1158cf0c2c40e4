using Markdig.Syntax.Inlines;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// The lines of a paragraph that a tree shows nothing of although they hold something: lines made only of spoiler
/// phrases (and blanks). Markdown still reads such a line, so it decides how the lines around it are read.
/// </summary>
public static class HiddenLines
{
    /// <summary>
    /// The first inline of each line of <paramref name="inlines"/> that shows nothing at <paramref name="level"/> but
    /// hides something, in order; <paramref name="firstOnly"/> looks at the first line alone.
    /// </summary>
    public static IEnumerable<Inline> Starts(ContainerInline inlines, int level, bool firstOnly = false)
    {
        Inline? start = null;
        var hidden = true;
        for (var inline = inlines.FirstChild; ; inline = inline.NextSibling)
        {
            if (inline is null or LineBreakInline)
            {
                if (hidden && start is not null) yield return start;
                if (inline is null || firstOnly) yield break;
                (start, hidden) = (null, true);
                continue;
            }
            if (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            if (!VisibleText.IsEmptiedByHiding(inline, level)) hidden = false;
            start ??= inline;
        }
    }
}
