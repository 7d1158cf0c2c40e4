using System.Diagnostics;

namespace SpoilerGen.Testing;

/// <summary>
/// The <c>spoilergen</c> command that tests run as a process: the native executable named by
/// <c>SPOILERGEN_EXECUTABLE</c> when it is set (CI sets it to the linux-x64 AOT publish, so every such
/// test runs the binary users download), else the tool built next to the test assembly, through <c>dotnet</c>.
/// </summary>
public static class SpoilerGenCommand
{
    public const string ExecutableVariable = "SPOILERGEN_EXECUTABLE";

    private static readonly Lazy<string?> executable = new(FindExecutable);

    /// <summary>The native executable the tests run, or null when they run the tool through dotnet.</summary>
    public static string? NativeExecutable => executable.Value;

    /// <summary>What a test prints to say which command it ran.</summary>
    public static string Description => NativeExecutable ?? $"dotnet {ToolAssembly}";

    private static string ToolAssembly => Path.Combine(AppContext.BaseDirectory, "spoilergen.dll");

    /// <summary>A start for the command with the given arguments; the caller sets redirections and environment.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        ProcessStartInfo start;
        if (NativeExecutable is { } native)
        {
            start = new ProcessStartInfo(native);
        }
        else
        {
            start = new ProcessStartInfo("dotnet");
            start.ArgumentList.Add(ToolAssembly);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    // A variable that names nothing runnable is a broken CI set-up, never a reason to test something else.
    private static string? FindExecutable()
    {
        var value = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (string.IsNullOrEmpty(value)) return null;
        var path = Path.GetFullPath(value, RepositoryPaths.Root);
        if (!File.Exists(path)) throw new InvalidOperationException($"{ExecutableVariable} names '{value}', which is not a file: publish the native executable first");
        return path;
    }
}
