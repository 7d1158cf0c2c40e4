namespace SpoilerGen.Cli;

/// <summary>The process exit codes, as scripts and CI jobs rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
