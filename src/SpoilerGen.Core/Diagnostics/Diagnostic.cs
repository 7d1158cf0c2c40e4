namespace SpoilerGen.Diagnostics;

/// <summary>
/// A problem found in the site's sources, reported in the form that compilers and editors
/// understand: <c>path(line,col): error SGnnnn: message</c>.
/// </summary>
public sealed record Diagnostic(SourcePosition Position, DiagnosticSeverity Severity, string Code, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Printable($"{Position}: {severity} {Code}: {Message}");
    }

    /// <summary>
    /// Control characters (from a file's name or content) written as escapes: raw, they could move the cursor,
    /// recolour the terminal or start a line that looks like a diagnostic of its own. Bidirectional controls
    /// (U+202E turns <c>gpj.md</c> into what reads as <c>dm.jpg</c>) and the Unicode line and paragraph
    /// separators are escaped too: they reorder or break the printed line as surely.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var printable = new System.Text.StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            if (NeedsEscape(character)) printable.Append(System.Globalization.CultureInfo.InvariantCulture, $"\u{(int)character:X4}");
            else printable.Append(character);
        }
        return printable.ToString();
    }

    private static bool NeedsEscape(char character) =>
        char.IsControl(character)
        || character is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
