using System.Text.Json;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Write;

/// <summary>A diagnostic as a build record keeps it, one JSON line, to be reported again by a build with nothing to do.</summary>
internal sealed record RecordedDiagnostic(string Path, int Line, int Column, bool IsError, string Code, string Message)
{
    public static RecordedDiagnostic From(Diagnostic diagnostic) =>
        new(diagnostic.Position.Path, diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.IsError, diagnostic.Code, diagnostic.Message);

    /// <summary>The diagnostic on one line of a record; null when the line is not one (a damaged record is not trusted).</summary>
    /// <summary>The diagnostic, or null when a part of it is missing (a file written by hand or cut short).</summary>
    public Diagnostic? ToDiagnostic() =>
        Path is not null && Code is not null && Message is not null
            ? new Diagnostic(new SourcePosition(Path, Line, Column), IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, Code, Message)
            : null;

    public static Diagnostic? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, BuildStateJsonContext.Default.RecordedDiagnostic)?.ToDiagnostic();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
