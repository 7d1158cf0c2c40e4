using SpoilerGen.Markup.Syntax;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// A quick look at Markdown, line by line, for nesting far deeper than the limit, before Markdig parses it:
/// Markdig's block parser revisits every open container on every line, so a page nested 10,000 deep
/// took minutes to be refused. The scan follows the containers open at each line as CommonMark does
/// (a quote goes on while its lines start with '>', a list item while they are indented under it, a
/// spoiler block to its fence), in any mix: quotes, list items and spoiler blocks inside each other.
/// It counts only what certainly nests, outside code, and closes a container whenever it is unsure
/// (a lazy line), so what it finds is never deeper than what Markdig would build; whatever it misses is
/// still measured after the parse by <see cref="MarkdownDepth"/>.
/// </summary>
public static class MarkdownNestingScan
{
    private const int TabWidth = 4;
    private const int CodeIndent = 4;
    private const int MinimumSpoilerFence = 3;
    private const int LinesBetweenCancellationChecks = 4096;

    private enum ContainerKind { Quote, ListItem, SpoilerBlock, CodeFence }

    /// <param name="Indent">a list item's: how far its lines are indented under the container around it</param>
    /// <param name="FenceCharacter">a code fence's character</param>
    /// <param name="FenceLength">the length of the fence that opened a spoiler block or code</param>
    private readonly record struct OpenContainer(ContainerKind Kind, int Indent = 0, char FenceCharacter = '\0', int FenceLength = 0);

    /// <summary>The zero-based line and column of the first line nested deeper than <paramref name="limit"/>, or null.</summary>
    public static (int Line, int Column)? FirstDeeperThan(string markdown, int limit, CancellationToken cancellationToken = default)
    {
        var open = new List<OpenContainer>();
        var lineIndex = -1;
        var linkBudget = BracketPairs.LinkBudgetFor(markdown.Length);
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            if (++lineIndex % LinesBetweenCancellationChecks == 0) cancellationToken.ThrowIfCancellationRequested();
            var cursor = new LineCursor(line);
            var lineColumn = cursor.Indentation();

            var matched = 0;
            for (; matched < open.Count; matched++)
            {
                var container = open[matched];
                if (container.Kind == ContainerKind.Quote ? !cursor.TryQuoteMarker()
                    : container.Kind == ContainerKind.ListItem && !cursor.IsBlank && !cursor.TrySkipIndent(container.Indent)) break;
            }
            if (matched == open.Count && open.Count > 0 && open[^1] is { Kind: ContainerKind.CodeFence } code)
            {
                // Code opens nothing; only its own fence closes it.
                if (cursor.Indentation() < CodeIndent && IsClosingCodeFence(cursor.Rest.TrimStart(" \t"), (code.FenceCharacter, code.FenceLength))) open.RemoveAt(open.Count - 1);
                continue;
            }
            // A container the line does not go on with is closed: a lazy line may yet belong to it, but then it opens nothing.
            open.RemoveRange(matched, open.Count - matched);

            var opened = OpenMarkers(ref cursor, open, limit);
            if (cursor.IsBlank || cursor.Indentation() >= CodeIndent)
            {
                if (Depth(open) > limit) return (lineIndex, lineColumn);
                continue;
            }
            var rest = cursor.Rest.TrimStart(" \t");
            var colons = Run(rest, ':');
            if (colons >= MinimumSpoilerFence)
            {
                var after = rest[colons..].Trim();
                if (after.StartsWith("spoiler", StringComparison.OrdinalIgnoreCase)) open.Add(new OpenContainer(ContainerKind.SpoilerBlock, FenceLength: colons));
                // A bare fence closes the innermost block, and only if nothing opened inside it is still open.
                else if (after.IsEmpty && opened == 0 && open.Count > 0 && open[^1] is { Kind: ContainerKind.SpoilerBlock } block && colons >= block.FenceLength) open.RemoveAt(open.Count - 1);
            }
            else if (CodeFenceOpening(rest) is { } fence)
            {
                open.Add(new OpenContainer(ContainerKind.CodeFence, FenceCharacter: fence.Item1, FenceLength: fence.Item2));
            }
            if (Depth(open) > limit) return (lineIndex, lineColumn);
            if (open.Count > 0 && open[^1].Kind == ContainerKind.CodeFence) continue;
            var start = line.Length - line.TrimStart(" \t").Length;
            if (DeepestBracketPair(line[start..], limit, ref linkBudget) is { } column) return (lineIndex, start + column);
        }
        return null;
    }

    /// <summary>How many containers are open: code is not one.</summary>
    private static int Depth(List<OpenContainer> open) => open.Count > 0 && open[^1].Kind == ContainerKind.CodeFence ? open.Count - 1 : open.Count;

    /// <summary>
    /// Opens the blockquote and list markers that start the rest of the line, one inside the other
    /// (<c>&gt; &gt; - 1. text</c>), and returns how many; a thematic break (<c>- - -</c>) opens nothing.
    /// Past the limit there is no need to read on.
    /// </summary>
    private static int OpenMarkers(ref LineCursor cursor, List<OpenContainer> open, int limit)
    {
        var count = 0;
        while (!cursor.IsBlank && open.Count <= limit)
        {
            var containerStart = cursor.Column;
            var indent = cursor.Indentation();
            if (indent >= CodeIndent) break;
            var rest = cursor.Rest.TrimStart(" \t");
            if (rest[0] == '>')
            {
                cursor.TryQuoteMarker();
                open.Add(new OpenContainer(ContainerKind.Quote));
            }
            else if (ListMarkerLength(rest) is > 0 and var markerLength)
            {
                cursor.SkipSpaces(indent);
                cursor.Advance(markerLength);
                var markerEnd = cursor.Column;
                var spaces = cursor.Indentation();
                // An empty item, or one whose text is code, has its content one column after the marker.
                var contentColumn = cursor.IsBlank || spaces > CodeIndent ? markerEnd + 1 : markerEnd + spaces;
                if (!cursor.IsBlank) cursor.SkipSpaces(Math.Min(spaces, CodeIndent));
                open.Add(new OpenContainer(ContainerKind.ListItem, Indent: contentColumn - containerStart));
            }
            else
            {
                break;
            }
            count++;
        }
        return count;
    }

    /// <summary>The length of a bullet or ordered list marker that opens an item, or 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        // An item may be empty: '-' alone at the end of the line.
        if (text[0] is '-' or '+' or '*' && (text.Length == 1 || text[1] is ' ' or '\t') && !IsThematicBreak(text)) return 1;
        return OrderedMarkerLength(text);
    }

    /// <summary>A line read from left to right, in columns as CommonMark counts them (a tab to the next multiple of four).</summary>
    private ref struct LineCursor(ReadOnlySpan<char> line)
    {
        private readonly ReadOnlySpan<char> _line = line;
        private int _position;

        public int Column { get; private set; }

        public readonly ReadOnlySpan<char> Rest => _line[_position..];

        public readonly bool IsBlank => Rest.IsWhiteSpace();

        /// <summary>How many columns of spaces and tabs come next.</summary>
        public readonly int Indentation()
        {
            var column = Column;
            for (var i = _position; i < _line.Length && _line[i] is ' ' or '\t'; i++) column = Next(column, _line[i]);
            return column - Column;
        }

        public void SkipSpaces(int columns)
        {
            var target = Column + columns;
            while (Column < target && _position < _line.Length && _line[_position] is ' ' or '\t') Column = Next(Column, _line[_position++]);
        }

        public void Advance(int characters)
        {
            for (var i = 0; i < characters && _position < _line.Length; i++) Column = Next(Column, _line[_position++]);
        }

        /// <summary>Goes past '&gt;' (after up to three spaces) and one space after it; false, and nothing read, if there is none.</summary>
        public bool TryQuoteMarker()
        {
            var indent = Indentation();
            var rest = Rest.TrimStart(" \t");
            if (indent >= CodeIndent || rest.IsEmpty || rest[0] != '>') return false;
            SkipSpaces(indent);
            Advance(1);
            if (_position < _line.Length && _line[_position] is ' ' or '\t') Advance(1);
            return true;
        }

        /// <summary>Goes past <paramref name="columns"/> columns of indentation; false, and nothing read, if the line is indented less.</summary>
        public bool TrySkipIndent(int columns)
        {
            if (Indentation() < columns) return false;
            SkipSpaces(columns);
            return true;
        }

        private static int Next(int column, char character) => character == '\t' ? (column / TabWidth + 1) * TabWidth : column + 1;
    }

    private static int Run(ReadOnlySpan<char> text, char character)
    {
        var length = 0;
        while (length < text.Length && text[length] == character) length++;
        return length;
    }

    private static (char, int)? CodeFenceOpening(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is not ('`' or '~')) return null;
        var length = Run(text, text[0]);
        return length >= 3 ? (text[0], length) : null;
    }

    private static bool IsClosingCodeFence(ReadOnlySpan<char> text, (char Character, int Length) fence)
    {
        var length = Run(text, fence.Character);
        return length >= fence.Length && text[length..].IsWhiteSpace();
    }

    /// <summary>
    /// The column of the first closing bracket whose pair holds more than <paramref name="limit"/> other pairs, or null:
    /// Markdig nests matched brackets (links, spoiler phrases) as inlines inside each other, and a line of 50,000 took
    /// seconds to parse before it was refused. Only a closing bracket can show a pair; one that closes a link's text
    /// does not count, and escaped brackets and those in code spans are not brackets at all. A link's text closes only
    /// if its destination does: <c>'[' × 10,000 + '](x' × 10,000</c> opens no link, and counting each <c>](</c> as one
    /// let it through to a parse that never finished.
    /// </summary>
    private static int? DeepestBracketPair(ReadOnlySpan<char> text, int limit, ref long linkBudget)
    {
        if (!text.Contains(']')) return null;
        // The link parser and the code span runs read strings: only a line with a closing bracket is copied.
        var line = text.ToString();
        var codeSpans = new CodeSpanRuns(line, 0, line.Length - 1);
        var open = 0;
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (character == '\\') index++;
            else if (character == '`') index = codeSpans.EndOfSpanAt(index);
            else if (character == '[') open++;
            else if (character == ']' && open > 0)
            {
                // A link's text ('](url)') cannot hold another link, so Markdig does not nest those: they never count.
                if (open > limit && !(index + 1 < line.Length && line[index + 1] == '('
                    && BracketPairs.InlineLinkEnd(line, index + 1, line.Length - 1, ref linkBudget) is not null)) return index;
                open--;
            }
        }
        return null;
    }

    /// <summary>The length of <c>1.</c> or <c>12)</c> when a space or the end of the line follows, or 0.</summary>
    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is 0 or > 9 || digits >= text.Length || text[digits] is not ('.' or ')')) return 0;
        return digits + 1 == text.Length || text[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> text)
    {
        var marker = text[0];
        var count = 0;
        foreach (var character in text)
        {
            if (character == marker) count++;
            else if (character is not (' ' or '\t')) return false;
        }
        return count >= 3;
    }
}
