namespace SpoilerGen.PublishTests;

/// <summary>How a finished command ended: its exit code and its standard output and error, interleaved as written.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public string TrimmedOutput => Output.Trim();

    /// <summary>The whole story, for an assertion message.</summary>
    public string Describe() => $"$ {CommandLine}\n(exit {ExitCode})\n{Output}";
}
