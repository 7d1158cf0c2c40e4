using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Markup.Renderers;
using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Markup;

/// <summary>
/// Registers SpoilerGen's Markdown syntax (spoiler blocks, heading sections, phrases) and its
/// checkpoint-aware renderers with a Markdig pipeline.
/// </summary>
public sealed class SpoilerExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<SpoilerBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new SpoilerBlockParser());
        }
        // Exact: once replaced, the footnote parser is a FootnoteParser still, and must not be replaced again.
        if (pipeline.BlockParsers.FindExact<FootnoteParser>() is not null)
        {
            pipeline.BlockParsers.Replace<FootnoteParser>(new SpoilerBlockFootnoteParser());
        }
        if (!pipeline.BlockParsers.Contains<ParserContextCapture>())
        {
            foreach (var capture in ParserContextCapture.ForEveryLine()) pipeline.BlockParsers.Insert(0, capture);
        }
        if (!pipeline.InlineParsers.Contains<SpoilerInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new SpoilerInlineParser());
        }
        // Parsers that read to the right without regard for brackets must stop at a phrase's end; links and code spans are read in bounded time.
        for (var i = 0; i < pipeline.InlineParsers.Count; i++)
        {
            if (pipeline.InlineParsers[i] is Markdig.Extensions.AutoLinks.AutoLinkParser autoLinks)
            {
                pipeline.InlineParsers[i] = new PhraseBoundedInlineParser(new WindowedAutoLinkParser(autoLinks));
            }
            else if (pipeline.InlineParsers[i] is CodeInlineParser and not IndexedCodeInlineParser)
            {
                pipeline.InlineParsers[i] = new IndexedCodeInlineParser();
            }
            else if (pipeline.InlineParsers[i] is Markdig.Extensions.TaskLists.TaskListInlineParser taskLists)
            {
                pipeline.InlineParsers[i] = new ItemStartTaskListParser(taskLists);
            }
            // Last, once every extension has found the link parser where it looks for it.
            else if (pipeline.InlineParsers[i] is LinkInlineParser links)
            {
                pipeline.InlineParsers[i] = new BoundedLinkInlineParser(links);
            }
        }
        var headingParser = pipeline.BlockParsers.FindExact<HeadingBlockParser>()
            ?? throw new InvalidOperationException("The spoiler extension needs Markdig's heading parser.");
        headingParser.TryParseAttributes = HeadingSpoilerAttributeParser.TryParse;
        pipeline.DocumentProcessed -= HeadingSectionBuilder.Build;
        pipeline.DocumentProcessed += HeadingSectionBuilder.Build;
        pipeline.DocumentProcessed -= SpoilerDocumentChecks.Run;
        pipeline.DocumentProcessed += SpoilerDocumentChecks.Run;
        pipeline.DocumentProcessed -= TableHeaderWidth.Apply;
        pipeline.DocumentProcessed += TableHeaderWidth.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not CheckpointHtmlRenderer checkpointRenderer) return;

        var renderers = checkpointRenderer.ObjectRenderers;
        renderers.Insert(0, new RevealBlockRenderer());
        renderers.Insert(0, new SpoilerInlineRenderer());
        renderers.ReplaceOrAdd<HeadingRenderer>(new CheckpointHeadingRenderer());
        renderers.ReplaceOrAdd<LinkInlineRenderer>(new CheckpointLinkRenderer());
        renderers.InsertBefore<HtmlBlockRenderer>(new CommentDroppingHtmlBlockRenderer());
        renderers.ReplaceOrAdd<ParagraphRenderer>(new CheckpointParagraphRenderer());
        renderers.ReplaceOrAdd<QuoteBlockRenderer>(new EmptiedSkippingRenderer<QuoteBlock>(new QuoteBlockRenderer()));
        renderers.ReplaceOrAdd<ListRenderer>(new CheckpointListRenderer());
        // Wrapped, not replaced: the emphasis extras have already taught Markdig's renderer their tags (del, mark…).
        if (renderers.FindExact<EmphasisInlineRenderer>() is { } emphasis) renderers.Replace<EmphasisInlineRenderer>(new EmptiedSkippingRenderer<EmphasisInline>(emphasis));
        if (renderers.FindExact<LineBreakInlineRenderer>() is { } lineBreak) renderers.Replace<LineBreakInlineRenderer>(new HiddenEdgeLineBreakRenderer(lineBreak));
        renderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new CheckpointTableRenderer());
        renderers.InsertBefore<HtmlInlineRenderer>(new CommentDroppingHtmlInlineRenderer());
        renderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new CheckpointFootnoteGroupRenderer());
        renderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new CheckpointFootnoteLinkRenderer());
    }
}
