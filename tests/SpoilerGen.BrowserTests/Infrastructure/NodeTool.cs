using System.Diagnostics;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// A command-line tool from the repository's pinned npm packages (node_modules/.bin, installed by
/// scripts/install-test-deps.sh with <c>npm ci</c>), run from the repository root.
/// </summary>
public sealed record NodeTool(string RepositoryFolder, string Name)
{
    public string ExecutablePath => Path.Combine(RepositoryFolder, "node_modules", ".bin", Name);

    /// <summary>Runs the tool to its end and returns its exit code and everything it printed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/install-test-deps.sh (npm ci)");
        }
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = RepositoryFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Colour codes would garble the messages a failed assertion prints.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await standardOutput + await standardError);
    }
}
