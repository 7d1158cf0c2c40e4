using Markdig;
using Markdig.Extensions.Tables;
using SpoilerGen.Markup;
using SpoilerGen.Markup.Renderers;

namespace SpoilerGen.Load;

/// <summary>
/// Builds the one Markdown pipeline used to parse and render every page. Extensions that would
/// carry text out of a spoiler's place (generic attributes, automatic ids) are left out: ids come from
/// <see cref="CheckpointHeadingRenderer"/> per tree. Footnotes are in, rendered and numbered per tree
/// by <see cref="CheckpointFootnoteGroupRenderer"/>. A table has as many columns as its header row, as in
/// GitHub's tables: were it as wide as its widest row, a wide row hidden in an early tree would still widen
/// that tree's table with empty columns.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables(new PipeTableOptions { UseHeaderForColumnCount = true })
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseFootnotes()
            .Use<SpoilerExtension>()
            .Build();
}
