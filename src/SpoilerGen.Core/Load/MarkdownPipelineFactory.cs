using Markdig;
using SpoilerGen.Markup;
using SpoilerGen.Markup.Renderers;

namespace SpoilerGen.Load;

/// <summary>
/// Builds the one Markdown pipeline used to parse and render every page. Extensions that would
/// carry text out of a spoiler's place (generic attributes, automatic ids) are left out: ids come from
/// <see cref="CheckpointHeadingRenderer"/> per tree. Footnotes are in, rendered and numbered per tree
/// by <see cref="CheckpointFootnoteGroupRenderer"/>.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseFootnotes()
            .Use<SpoilerExtension>()
            .Build();
}
