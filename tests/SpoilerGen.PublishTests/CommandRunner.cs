using System.Diagnostics;
using System.Text;

namespace SpoilerGen.PublishTests;

/// <summary>
/// Runs a program to completion with a deadline and collects what it prints. Child processes get an
/// environment without the MSBuild variables that `dotnet test` sets for itself, so that a nested
/// `dotnet pack` behaves as it does in a shell.
/// </summary>
public sealed class CommandRunner
{
    private readonly IReadOnlyDictionary<string, string?> environment;

    public CommandRunner(IReadOnlyDictionary<string, string?>? environment = null) =>
        this.environment = environment ?? new Dictionary<string, string?>();

    public async Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, string workingFolder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("_MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var commandLine = string.Join(' ', new[] { program }.Concat(start.ArgumentList));
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new CommandResult(commandLine, -1, $"{Snapshot(output)}\n(killed: still running after {timeout.TotalSeconds:0} s)");
        }
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
