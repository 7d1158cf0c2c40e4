namespace SpoilerGen.Serve;

/// <summary>
/// Opens once serve has answered its first request for a page of the site, or after a delay when nobody asks: the whole
/// first render of a large guide (the lints, then every file) waits for it. On two cores that render would take both while
/// the first page is rendered on request, and the reader would wait for the lints rather than for the page.
/// </summary>
public sealed class FirstRequestSignal
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the signal opens.</summary>
    public Task Opened => _opened.Task;

    /// <summary>Called once a request for the site has been answered (or has begun to wait for the whole render); from any thread.</summary>
    public void Open() => _opened.TrySetResult();

    /// <summary>Opens after <paramref name="delay"/> if no request has opened it by then.</summary>
    public void OpenAfter(TimeSpan delay, CancellationToken stopping)
    {
        if (delay <= TimeSpan.Zero)
        {
            Open();
            return;
        }
        _ = Task.Delay(delay, stopping).ContinueWith(_ => Open(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
