using System.Runtime.InteropServices;

namespace SpoilerGen.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation, so that a build stops cleanly (its staging folder
/// removed, the previous output left as it was) and exits with the code shells expect for that signal.
/// </summary>
public sealed class CancellationSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public CancellationSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Cancel(context, ExitCodes.Interrupted)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Cancel(context, ExitCodes.Terminated)),
        ];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The exit code for the signal that cancelled the work.</summary>
    public int ExitCode => _exitCode == 0 ? ExitCodes.Interrupted : _exitCode;

    private void Cancel(PosixSignalContext context, int exitCode)
    {
        // The process is not ended by the signal: the work sees the cancellation and cleans up.
        context.Cancel = true;
        Interlocked.CompareExchange(ref _exitCode, exitCode, 0);
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
