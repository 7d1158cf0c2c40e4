namespace SpoilerGen.Cli;

/// <summary>The process exit codes, as scripts and CI jobs rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content, config or templates have errors, or the environment failed (a full disk, a read-only folder).</summary>
    public const int ContentErrors = 1;

    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
