using System.Diagnostics;

namespace SpoilerGen.Tests.Cli;

/// <summary>Runs the built <c>spoilergen</c> as a user does: a real process, its output and its exit code.</summary>
public static class SpoilerGenProcess
{
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "spoilergen.dll");

    public static (int ExitCode, string Output, string Error) Run(params string[] arguments) => RunIn(null, arguments);

    /// <summary>Runs it from <paramref name="workingDirectory"/>, against which it names files in what it prints.</summary>
    public static (int ExitCode, string Output, string Error) RunIn(string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
