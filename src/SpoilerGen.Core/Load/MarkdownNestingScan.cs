namespace SpoilerGen.Load;

/// <summary>
/// A quick look at Markdown, line by line, for nesting far deeper than the limit, before Markdig parses it:
/// Markdig's block parser revisits every open container on every line, so a page nested 10,000 deep
/// took minutes to be refused. The scan counts only what certainly nests (spoiler fences, blockquote
/// markers and list markers at the start of a line, list items indented under list items), outside
/// fenced code, so what it finds is never deeper than what Markdig would build; whatever it misses is
/// still measured after the parse by <see cref="MarkdownDepth"/>.
/// </summary>
public static class MarkdownNestingScan
{
    private const int TabWidth = 4;
    private const int CodeIndent = 4;
    private const int LinesBetweenCancellationChecks = 4096;

    /// <summary>The zero-based line and column of the first line nested deeper than <paramref name="limit"/>, or null.</summary>
    public static (int Line, int Column)? FirstDeeperThan(string markdown, int limit, CancellationToken cancellationToken = default)
    {
        var openSpoilerBlocks = 0;
        var listItemContentColumns = new Stack<int>();
        (char Character, int Length)? openCodeFence = null;
        var lineIndex = -1;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            if (++lineIndex % LinesBetweenCancellationChecks == 0) cancellationToken.ThrowIfCancellationRequested();
            var (indent, start) = Indentation(line);
            if (start == line.Length) continue;
            var rest = line[start..];

            if (openCodeFence is { } fence)
            {
                if (IsClosingCodeFence(rest, fence)) openCodeFence = null;
                continue;
            }
            if (CodeFenceOpening(rest) is { } opening)
            {
                openCodeFence = opening;
                continue;
            }

            while (listItemContentColumns.Count > 0 && listItemContentColumns.Peek() > indent) listItemContentColumns.Pop();
            var containerColumn = listItemContentColumns.Count > 0 ? listItemContentColumns.Peek() : 0;
            if (indent - containerColumn >= CodeIndent) continue;

            var colons = Run(rest, ':');
            if (colons >= 3)
            {
                var after = rest[colons..].Trim();
                if (after.StartsWith("spoiler", StringComparison.Ordinal)) openSpoilerBlocks++;
                else if (after.IsEmpty && openSpoilerBlocks > 0) openSpoilerBlocks--;
            }

            var markers = LeadingMarkers(rest, out var firstMarkerIsListItem, out var firstMarkerWidth);
            if (openSpoilerBlocks + listItemContentColumns.Count + markers > limit) return (lineIndex, indent);
            if (firstMarkerIsListItem) listItemContentColumns.Push(indent + firstMarkerWidth);
            if (DeepestBracketPair(rest, limit) is { } column) return (lineIndex, start + column);
        }
        return null;
    }

    private static (int Columns, int Characters) Indentation(ReadOnlySpan<char> line)
    {
        var columns = 0;
        var characters = 0;
        for (; characters < line.Length && line[characters] is ' ' or '\t'; characters++)
        {
            columns = line[characters] == '\t' ? (columns / TabWidth + 1) * TabWidth : columns + 1;
        }
        return (columns, characters);
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
    /// How many blockquote and list markers open the line, one after another (<c>&gt; &gt; - 1. text</c>);
    /// a thematic break (<c>- - -</c>) opens nothing.
    /// </summary>
    private static int LeadingMarkers(ReadOnlySpan<char> text, out bool firstIsListItem, out int firstWidth)
    {
        firstIsListItem = false;
        firstWidth = 0;
        var count = 0;
        var position = 0;
        while (position < text.Length)
        {
            var markerStart = position;
            if (text[position] == '>')
            {
                position++;
            }
            // An item may be empty: '-' alone at the end of the line.
            else if (text[position] is '-' or '+' or '*' && (position + 1 == text.Length || text[position + 1] is ' ' or '\t') && !IsThematicBreak(text[position..]))
            {
                position++;
            }
            else if (OrderedMarkerLength(text[position..]) is > 0 and var length)
            {
                position += length;
            }
            else
            {
                break;
            }
            var spaces = 0;
            while (position < text.Length && text[position] == ' ' && spaces < CodeIndent) { position++; spaces++; }
            if (count == 0 && text[markerStart] != '>')
            {
                firstIsListItem = true;
                firstWidth = position - markerStart;
            }
            count++;
        }
        return count;
    }

    /// <summary>
    /// The column of the first closing bracket whose pair holds more than <paramref name="limit"/> other pairs, or null:
    /// Markdig nests matched brackets (links, spoiler phrases) as inlines inside each other, and a line of 50,000 took
    /// seconds to parse before it was refused. Only a closing bracket can show a pair; one that closes a link's text
    /// does not count, and escaped brackets and those in code spans are not brackets at all.
    /// </summary>
    private static int? DeepestBracketPair(ReadOnlySpan<char> text, int limit)
    {
        var open = 0;
        var inCode = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\\') index++;
            else if (character == '`') inCode = !inCode;
            else if (inCode) continue;
            else if (character == '[') open++;
            else if (character == ']' && open > 0)
            {
                // A link's text ('](url)') cannot hold another link, so Markdig does not nest those: they never count.
                var closesLink = index + 1 < text.Length && text[index + 1] == '(';
                if (open > limit && !closesLink) return index;
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
