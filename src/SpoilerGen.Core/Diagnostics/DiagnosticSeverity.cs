namespace SpoilerGen.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail the build, warnings are only reported.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
