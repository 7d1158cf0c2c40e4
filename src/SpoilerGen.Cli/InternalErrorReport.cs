namespace SpoilerGen.Cli;

/// <summary>
/// The last line of defence: an exception that escapes a command is a bug in SpoilerGen, never the user's
/// input, so it is reported as one line that says so (the stack trace only with --verbose).
/// </summary>
public static class InternalErrorReport
{
    /// <summary>Exit code of a bug: distinct from content errors (1) and usage errors (2), as sysexits' EX_SOFTWARE.</summary>
    public const int ExitCode = 70;

    public static int Guard(TextWriter stderr, bool verbose, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The environment failing under the command (a full disk behind standard output, a working
            // folder deleted while it ran), not a bug: one line, as for any other environment failure.
            stderr.WriteLine($"spoilergen: error: {FirstLine(exception.Message)}");
            return ExitCodes.ContentErrors;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            stderr.WriteLine($"spoilergen: internal error: {exception.GetType().Name}: {FirstLine(exception.Message)} " +
                (verbose ? "(a bug in SpoilerGen; please report it with the trace below)" : "(a bug in SpoilerGen; please report it, with the trace that 'spoilergen build --verbose' prints if it was a build)"));
            if (verbose) stderr.WriteLine(exception);
            return ExitCode;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();
}
