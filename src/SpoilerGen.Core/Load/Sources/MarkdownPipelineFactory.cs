using Markdig;
using Markdig.Extensions.Tables;
using SpoilerGen.Markup;
using SpoilerGen.Markup.Renderers;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// Builds the one Markdown pipeline used to parse and render every page. Extensions that would
/// carry text out of a spoiler's place (generic attributes, automatic ids) are left out: ids come from
/// <see cref="CheckpointHeadingRenderer"/> per tree. Footnotes are in, rendered and numbered per tree
/// by <see cref="CheckpointFootnoteGroupRenderer"/>. A table is parsed as wide as its widest row, so that the checks
/// read every cell, then cut to its header's width (<see cref="Markup.Syntax.TableHeaderWidth"/>), as GitHub's tables are.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables(new PipeTableOptions { UseHeaderForColumnCount = false })
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseFootnotes()
            .Use<SpoilerExtension>()
            .Build();
}
