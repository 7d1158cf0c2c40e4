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
            Report(stderr, $"spoilergen: error: {FirstLine(exception.Message)}");
            return ExitCodes.ContentErrors;
        }
        catch (Exception exception) when (IsOutOfMemory(exception))
        {
            // The machine gave the process less memory than the site needs (memory grows with the largest page,
            // README, Limits): the environment, not a bug, and nothing was published (the output is replaced only
            // once a build has succeeded).
            Report(stderr, "spoilergen: error: out of memory: the site needs more memory than this process was given; "
                + "give it more (a higher ulimit or container limit), or split the largest page");
            return ExitCodes.ContentErrors;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Report(stderr, $"spoilergen: internal error: {exception.GetType().Name}: {FirstLine(exception.Message)} " +
                (verbose ? "(a bug in SpoilerGen; please report it with the trace below)" : "(a bug in SpoilerGen; please report it, with the trace that 'spoilergen build --verbose' prints if it was a build)")
                + (verbose ? Environment.NewLine + exception : ""));
            return ExitCode;
        }
    }

    /// <summary>
    /// Writes the report, unless standard error cannot be written either (both streams on a full disk): then the exit
    /// code is all that is left to say it, and the process must still end with it rather than abort.
    /// </summary>
    private static void Report(TextWriter stderr, string text)
    {
        try
        {
            stderr.WriteLine(text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Out of memory, also when it came from a parallel stage wrapped in an <see cref="AggregateException"/>.</summary>
    private static bool IsOutOfMemory(Exception exception) => exception switch
    {
        OutOfMemoryException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Any(IsOutOfMemory),
        _ => exception.InnerException is { } inner && IsOutOfMemory(inner),
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();
}
