using Markdig.Parsers;

namespace SpoilerGen.Markup;

/// <summary>
/// Keeps the <see cref="SpoilerParserContext"/> of a parse on its document, so that the checks that run
/// once the whole document is parsed (<see cref="SpoilerDocumentChecks"/>) can report into it. Markdig
/// hands the context to parsers only; this parser is tried on every line and never opens a block.
/// </summary>
public sealed class ParserContextCapture : BlockParser
{
    public ParserContextCapture()
    {
        OpeningCharacters = null;
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.Context is SpoilerParserContext context && processor.Document.GetData(typeof(SpoilerParserContext)) is null)
        {
            processor.Document.SetData(typeof(SpoilerParserContext), context);
        }
        return BlockState.None;
    }
}
