namespace SpoilerGen.Serve;

/// <summary>
/// Holds the current <see cref="ServeState"/> and tells waiting event streams when a newer one is
/// published, so that every open tab learns of a rebuild at once.
/// </summary>
public sealed class ServeStateStore(ServeState initial)
{
    private readonly Lock _lock = new();
    private ServeState _current = initial;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServeState Current
    {
        get
        {
            lock (_lock) return _current;
        }
    }

    public void Publish(ServeState state)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _current = state;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Waits until the state's version is not <paramref name="seenVersion"/>, and returns that state.</summary>
    public async Task<ServeState> WaitForNewerAsync(int seenVersion, CancellationToken cancellation)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_current.Version != seenVersion) return _current;
                changed = _changed.Task;
            }
            await changed.WaitAsync(cancellation);
        }
    }
}
