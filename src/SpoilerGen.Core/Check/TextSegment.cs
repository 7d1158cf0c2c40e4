using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>
/// The text of one paragraph or heading as a reader sees it, flattened from its inlines, with where each
/// piece of it was written and its spoiler level, so that a word found in it can be reported where the
/// author wrote it.
/// </summary>
public sealed record TextSegment(string Path, string Text, TextPiece[] Pieces, bool IsHeading)
{
    /// <summary>Where the character at <paramref name="index"/> was written.</summary>
    public SourcePosition PositionAt(int index)
    {
        var piece = PieceAt(index);
        return new SourcePosition(Path, piece.Line, piece.Column + index - piece.Start);
    }

    /// <summary>The level from which readers see all of the text from <paramref name="start"/> for <paramref name="length"/> characters.</summary>
    public int LevelOf(int start, int length)
    {
        var level = PieceAt(start).Level;
        foreach (var piece in Pieces)
        {
            if (piece.Start > start && piece.Start < start + length) level = Math.Max(level, piece.Level);
        }
        return level;
    }

    /// <summary>Whether the word at <paramref name="start"/> begins a sentence, where a capital letter says nothing about it.</summary>
    public bool IsSentenceStart(int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = Text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '*' or '_' or '—' or '–' or '-') continue;
            return c is '.' or '!' or '?' or ':' or '…';
        }
        return true;
    }

    private TextPiece PieceAt(int index)
    {
        var low = 0;
        var high = Pieces.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Pieces[middle].Start <= index) low = middle;
            else high = middle - 1;
        }
        return Pieces[low];
    }
}
