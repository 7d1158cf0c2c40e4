using System.Text.RegularExpressions;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Tests.Reliability;

/// <summary>What one build of a case did, however it was run: its exit code, what it printed and the diagnostics in it.</summary>
public sealed partial record CaseOutcome(int ExitCode, string Output, string Error, IReadOnlyList<Diagnostic> Diagnostics)
{
    [GeneratedRegex(@"^(?<path>.*)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<code>SG\d{4}): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    /// <summary>The diagnostics a CLI run printed, read back from its error output.</summary>
    public static CaseOutcome FromProcess(int exitCode, string output, string error) =>
        new(exitCode, output, error, [.. DiagnosticLine().Matches(error).Select(match => new Diagnostic(
            new SourcePosition(match.Groups["path"].Value, int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value)),
            match.Groups["severity"].Value == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            match.Groups["code"].Value,
            match.Groups["message"].Value.TrimEnd('\r')))]);

    public string Describe() =>
        $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}\n--- diagnostics\n{string.Join("\n", Diagnostics)}";
}
