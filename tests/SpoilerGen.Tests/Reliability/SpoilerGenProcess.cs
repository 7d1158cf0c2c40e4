using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>Runs the real <c>spoilergen</c> command for a corpus case, killing it if it hangs: a hang is a failure to report, not to wait for.</summary>
public static class SpoilerGenProcess
{
    public static CaseOutcome Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = ToolProcess.Start(arguments, environment, workingDirectory);
        var (exitCode, output, error) = process.WaitForExit(timeout);
        return CaseOutcome.FromProcess(exitCode, output, error);
    }
}
