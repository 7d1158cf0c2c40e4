using System.CommandLine;
using SpoilerGen.Cli;

var closedStreams = ClosedStandardStreams.Find();
NeutralLocale.Apply();
// Closed by the caller, its number may be the runtime's own pipe: nothing is written there.
if (closedStreams.Contains(2)) Console.SetError(TextWriter.Null);
if (closedStreams.Contains(1))
{
    // Nothing is done that cannot be said: the command would print its result, or its report, into nothing. With standard
    // error closed too, the exit code alone says it (its number may be the runtime's own file).
    Console.Error.WriteLine("spoilergen: error: standard output is closed; give the command somewhere to write (>/dev/null to discard what it prints)");
    return ExitCodes.UsageError;
}

// One registration of Ctrl+C and SIGTERM for the whole process, never removed: a signal after a command finished must not
// end it with 130 in place of the command's own exit code.
var signals = new CancellationSignals();

var root = new RootCommand("SpoilerGen builds episode guides that never spoil: one static tree per episode.")
{
    BuildCommand.Create(signals),
    ServeCommand.Create(signals),
    CheckCommand.Create(signals),
    NewCommand.Create(),
    ThemeCommand.Create(),
};

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0 && parseResult.Action is not System.CommandLine.Help.HelpAction)
{
    try
    {
        // Each error one line, whatever System.CommandLine's message holds: a script reads one line per problem.
        foreach (var error in parseResult.Errors) Console.Error.WriteLine($"spoilergen: error: {string.Join(' ', error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
        Console.Error.WriteLine("Run 'spoilergen --help' for usage.");
    }
    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
    {
        // Standard error that cannot be written changes nothing of what went wrong: the exit code still says it.
    }
    return ExitCodes.UsageError;
}
// Each command handles Ctrl+C and SIGTERM itself (to clean up and exit 130 or 143) and reports its own
// internal errors in one line: System.CommandLine's handlers would print a trace or end the process.
return InternalErrorReport.Guard(Console.Error, verbose: args.Contains("--verbose") || args.Contains("-v"),
    () => parseResult.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false, Output = new NamedStandardOutput(Console.Out) }));
