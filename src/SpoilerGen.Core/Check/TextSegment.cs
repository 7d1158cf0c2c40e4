namespace SpoilerGen.Check;

/// <summary>
/// The text of one paragraph or heading as a reader sees it, flattened from its inlines, with the
/// source position and spoiler level of every character, so that a word found in it can be reported
/// where the author wrote it.
/// </summary>
public sealed record TextSegment(string Text, SegmentCharacter[] Characters, bool IsHeading, int PageLevel)
{
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
}
