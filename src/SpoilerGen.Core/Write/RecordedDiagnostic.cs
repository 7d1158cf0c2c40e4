using System.Text.Json;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Write;

/// <summary>A diagnostic as a build record keeps it, one JSON line, to be reported again by a build with nothing to do.</summary>
internal sealed record RecordedDiagnostic(string Path, int Line, int Column, bool IsError, string Code, string Message)
{
    public static RecordedDiagnostic From(Diagnostic diagnostic) =>
        new(diagnostic.Position.Path, diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.IsError, diagnostic.Code, diagnostic.Message);

    /// <summary>The diagnostic on one line of a record; null when the line is not one (a damaged record is not trusted).</summary>
    public static Diagnostic? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, BuildStateJsonContext.Default.RecordedDiagnostic) is { Path: not null, Code: not null, Message: not null } recorded
                ? new Diagnostic(new SourcePosition(recorded.Path, recorded.Line, recorded.Column), recorded.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, recorded.Code, recorded.Message)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
