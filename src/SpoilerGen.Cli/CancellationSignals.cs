using System.Runtime.InteropServices;

namespace SpoilerGen.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation, so that a build stops cleanly (its staging folder
/// removed, the previous output left as it was) and exits with the code shells expect for that signal.
/// </summary>
/// <remarks>
/// One for the whole process, registered when it starts and never unregistered: a command's handlers used to be
/// removed when its work returned, and a signal landing between that and the process's exit (a build that had printed
/// "Built …" and replaced its output) took the default action and ended the process with 130 or 143. Until a command
/// <see cref="Listen"/>s, a signal still ends the process at once, as it would without this; from then on, until the
/// process exits, it only cancels <see cref="Token"/>, and work that has already finished exits with its own code.
/// </remarks>
public sealed class CancellationSignals
{
    private readonly CancellationTokenSource _source = new();
    private int _listening;
    private int _exitCode;

    public CancellationSignals()
    {
        PosixSignalRegistration[] registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Cancel(context, ExitCodes.Interrupted)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Cancel(context, ExitCodes.Terminated)),
        ];
        // Held until the process exits, past Main's return: a registration collected as garbage is unregistered by its finalizer.
        GCHandle.Alloc(registrations);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The exit code for the signal that cancelled the work.</summary>
    public int ExitCode => _exitCode == 0 ? ExitCodes.Interrupted : _exitCode;

    /// <summary>
    /// From now until the process exits, SIGINT and SIGTERM cancel <see cref="Token"/> instead of ending the process: call
    /// it just before the work that watches the token.
    /// </summary>
    public CancellationToken Listen()
    {
        Volatile.Write(ref _listening, 1);
        return _source.Token;
    }

    private void Cancel(PosixSignalContext context, int exitCode)
    {
        // Before any work listens (reading the arguments, `new`, `theme export`), the signal's default action ends the process.
        if (Volatile.Read(ref _listening) == 0) return;
        // The process is not ended by the signal: the work sees the cancellation and cleans up, or has finished and exits as it would have.
        context.Cancel = true;
        Interlocked.CompareExchange(ref _exitCode, exitCode, 0);
        _source.Cancel();
    }
}
