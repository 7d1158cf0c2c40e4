using Markdig.Parsers;
using SpoilerGen.Markup.Checks;

namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// Keeps the <see cref="SpoilerParserContext"/> of a parse on its document, so that the checks that run
/// once the whole document is parsed (<see cref="SpoilerDocumentChecks"/>) can report into it. Markdig
/// hands the context to parsers only, so this parser is registered twice, to be tried on the first line
/// whatever its first character: once for every printable ASCII character (Markdig tries parsers with
/// opening characters first) and once for any other (as a global parser). It never opens a block.
/// Being tried on every line, it is also where a cancelled parse stops.
/// </summary>
public sealed class ParserContextCapture : BlockParser
{
    private ParserContextCapture(char[]? openingCharacters)
    {
        OpeningCharacters = openingCharacters;
    }

    public static IEnumerable<ParserContextCapture> ForEveryLine() =>
        [new([.. Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c)]), new(null)];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.Context is not SpoilerParserContext context) return BlockState.None;
        context.CancellationToken.ThrowIfCancellationRequested();
        if (processor.Document.GetData(typeof(SpoilerParserContext)) is null)
        {
            processor.Document.SetData(typeof(SpoilerParserContext), context);
        }
        return BlockState.None;
    }
}
