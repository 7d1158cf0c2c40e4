using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// <c>spoilergen</c> run as a user runs it: a real process, its output, its exit code. Standard error is
/// read line by line as it comes, so that a test can act (send a signal) at a given step of a build.
/// The command is <see cref="SpoilerGenCommand"/>'s: the native executable in CI.
/// </summary>
public sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _errorLines = new();
    private readonly List<string> _errorSeen = [];
    private readonly Task<string> _output;

    private ToolProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        var start = SpoilerGenCommand.StartInfo(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.WorkingDirectory = workingDirectory ?? "";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.StandardInput.Close();
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null) _errorLines.CompleteAdding();
            else _errorLines.Add(line.Data);
        };
        _process.BeginErrorReadLine();
        _output = _process.StandardOutput.ReadToEndAsync();
    }

    public static ToolProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        new(arguments, environment, workingDirectory);

    /// <summary>Runs to the end: the exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments) => RunWith(null, arguments);

    public static (int ExitCode, string Output, string Error) RunWith(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Start(arguments, environment);
        return process.WaitForExit();
    }

    /// <summary>Runs from <paramref name="workingDirectory"/>, against which it names files in what it prints.</summary>
    public static (int ExitCode, string Output, string Error) RunIn(string workingDirectory, params string[] arguments)
    {
        using var process = Start(arguments, workingDirectory: workingDirectory);
        return process.WaitForExit();
    }

    public int Id => _process.Id;

    /// <summary>The lines of standard error <see cref="WaitForErrorLine"/> has read so far: what a test that waited in vain says.</summary>
    public string ErrorSoFar => string.Join("\n", _errorSeen);

    /// <summary>Reads standard error until a line contains <paramref name="text"/>; false if the process ended first.</summary>
    public bool WaitForErrorLine(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!_errorLines.TryTake(out var line, TimeSpan.FromMilliseconds(100)))
            {
                if (_errorLines.IsCompleted) return false;
                continue;
            }
            _errorSeen.Add(line);
            if (line.Contains(text, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Sends a POSIX signal by name (INT, TERM, KILL), as a terminal or a CI runner would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>
    /// Sends the signal (INT or TERM) again and again, as fast as the system takes it, until the process has exited: some
    /// land in every moment of its end. Returns how many were sent.
    /// </summary>
    public int SignalUntilExit(string name)
    {
        var number = name switch { "INT" => 2, "TERM" => 15, _ => throw new ArgumentException(name, nameof(name)) };
        var sent = 0;
        while (!_process.HasExited)
        {
            if (Kill(Id, number) == 0) sent++;
            Thread.Yield();
        }
        return sent;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);

    /// <summary>Waits for the end (two minutes unless told otherwise); a hang is killed and reported, not waited for.</summary>
    public (int ExitCode, string Output, string Error) WaitForExit(TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            throw new TimeoutException($"spoilergen did not finish in {limit.TotalSeconds:0} s");
        }
        _process.WaitForExit();
        _errorSeen.AddRange(_errorLines.GetConsumingEnumerable());
        return (_process.ExitCode, _output.Result, string.Concat(_errorSeen.Select(line => line + "\n")));
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _errorLines.Dispose();
    }
}
