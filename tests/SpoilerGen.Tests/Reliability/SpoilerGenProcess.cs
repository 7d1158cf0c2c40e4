using System.Diagnostics;

namespace SpoilerGen.Tests.Reliability;

/// <summary>Runs the real <c>spoilergen</c> command, killing it if it hangs: a hang is a failure to report, not to wait for.</summary>
public static class SpoilerGenProcess
{
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "spoilergen.dll");

    public static CaseOutcome Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"spoilergen {string.Join(' ', arguments)} did not finish in {timeout.TotalSeconds:0} s");
        }
        return CaseOutcome.FromProcess(process.ExitCode, output.Result, error.Result);
    }
}
