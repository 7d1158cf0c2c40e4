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
        return TerminalText.Escape($"{Position}: {severity} {Code}: {Message}");
    }
}
