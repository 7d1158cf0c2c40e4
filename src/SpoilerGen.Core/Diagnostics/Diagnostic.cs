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
    /// recolour the terminal or start a line that looks like a diagnostic of its own.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var printable = new System.Text.StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            if (char.IsControl(character)) printable.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            else printable.Append(character);
        }
        return printable.ToString();
    }
}
