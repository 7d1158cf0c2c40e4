using System.Collections.Concurrent;

namespace SpoilerGen.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage so that one run reports all of them together.
/// Safe to add to from parallel work; the report is sorted so that output is stable.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>How many diagnostics were added so far, repeats included.</summary>
    public int Count => _items.Count;

    /// <summary>
    /// Adds a diagnostic; with <see cref="WarningsAsErrors"/> a warning becomes an error here, wherever it was made: each
    /// file reports into a bag of its own while it is parsed, and its warnings reach this bag only through here.
    /// </summary>
    public void Add(Diagnostic diagnostic) =>
        _items.Enqueue(WarningsAsErrors && !diagnostic.IsError ? diagnostic with { Severity = DiagnosticSeverity.Error } : diagnostic);

    public void Error(SourcePosition position, string code, string message) =>
        Add(new Diagnostic(position, DiagnosticSeverity.Error, code, message));

    /// <summary>Whether warnings are reported as errors (<c>build --warnings-as-errors</c>), so that they fail the build in CI.</summary>
    public bool WarningsAsErrors { get; init; }

    public void Warning(SourcePosition position, string code, string message) =>
        Add(new Diagnostic(position, DiagnosticSeverity.Warning, code, message));

    /// <summary>Every diagnostic, once, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.Position.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
