namespace SpoilerGen.Markup.Syntax;

/// <summary>
/// The backtick runs of the text, so that a run's closing run (the next of the same length, as CommonMark has it)
/// is found without reading the rest of the text again for each run that never closes. Backslashes do not escape
/// inside code: a closing run may follow one.
/// </summary>
public sealed class CodeSpanRuns
{
    private readonly Dictionary<int, Queue<int>> _startsByLength = [];
    private readonly Dictionary<int, int> _lengthAt = [];

    public CodeSpanRuns(string text, int start, int end)
    {
        Text = text;
        for (var i = start; i <= end; i++)
        {
            if (text[i] != '`') continue;
            var length = 1;
            while (i + length <= end && text[i + length] == '`') length++;
            _lengthAt[i] = length;
            if (!_startsByLength.TryGetValue(length, out var starts)) _startsByLength[length] = starts = new Queue<int>();
            starts.Enqueue(i);
            i += length - 1;
        }
    }

    /// <summary>The text whose runs these are.</summary>
    public string Text { get; }

    /// <summary>
    /// Whether the run that starts at <paramref name="position"/> opens a code span: a later run has its length.
    /// Positions are asked in increasing order, as a parse reads them.
    /// </summary>
    public bool HasClosingRun(int position) => EndOfSpanAt(position) >= position + _lengthAt.GetValueOrDefault(position);

    /// <summary>The last character of the code span opened at <paramref name="position"/>, or of its run if it never closes.</summary>
    public int EndOfSpanAt(int position)
    {
        if (!_lengthAt.TryGetValue(position, out var length)) return position;
        var starts = _startsByLength[length];
        while (starts.Count > 0 && starts.Peek() <= position) starts.Dequeue();
        return starts.Count > 0 ? starts.Peek() + length - 1 : position + length - 1;
    }
}
