using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SpoilerGen.Markup.Reading;

namespace SpoilerGen.Markup.Renderers;

/// <summary>
/// Writes HTML blocks without their comments, and only without them: authors leave notes in comments,
/// and a comment would carry its text into every tree whatever its spoiler level. Text on a comment's
/// line stays (<c>&lt;!-- note --&gt;*bar*</c> keeps <c>*bar*</c>, raw, as Markdown writes it). In plain text (search,
/// excerpts) an HTML block gives its text without tags, scripts or styles.
/// </summary>
public sealed class CommentDroppingHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    private readonly IMarkdownObjectRenderer _inner = new HtmlBlockRenderer();

    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.WriteLine(HtmlText.Of(RawText(block)));
            return;
        }
        var raw = RawText(block);
        if (!raw.Contains("<!--", StringComparison.Ordinal))
        {
            _inner.Write(renderer, block);
            return;
        }

        var lines = raw.Split('\n');
        var kept = HtmlComments.Remove(raw).Split('\n');
        renderer.EnsureLine();
        foreach (var line in kept.Where(line => line.Trim().Length > 0 || lines.Contains(line)))
        {
            renderer.WriteLine(line);
        }
    }

    private static string RawText(HtmlBlock block)
    {
        var lines = block.Lines;
        return string.Join('\n', Enumerable.Range(0, lines.Count).Select(i => lines.Lines[i].Slice.ToString()));
    }
}
