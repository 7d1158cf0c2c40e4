using Markdig.Syntax;

namespace SpoilerGen.Markup.Reading;

/// <summary>
/// Body line numbers of blocks from their source offsets (<see cref="MarkdownDocument.LineStartIndexes"/>). Markdig's own
/// <see cref="MarkdownObject.Line"/> is the line a block was opened on, which for an underlined heading is its underline,
/// and it keeps no end line: the checks that compare neighbouring lines need both ends of a block.
/// </summary>
public static class SourceLines
{
    /// <summary>The zero-based line that holds <paramref name="offset"/>.</summary>
    public static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line a block's text starts on.</summary>
    public static int StartLine(Block block, List<int> lineStarts) =>
        block.Span.Start < 0 ? block.Line : Math.Min(block.Line, LineOf(lineStarts, block.Span.Start));

    /// <summary>The line a block's text ends on.</summary>
    public static int EndLine(Block block, List<int> lineStarts) =>
        Math.Max(block.Line, LineOf(lineStarts, Math.Max(block.Span.End, block.Span.Start)));
}
