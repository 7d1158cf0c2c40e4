using System.Diagnostics;
using System.Threading.Channels;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>
/// Turns file changes into rebuilds, one at a time: waits until the changes have been quiet for
/// <see cref="ServeOptions.QuietPeriod"/> (an editor's save is several writes), rebuilds, publishes the
/// new state and reports it. Changes that arrive during a rebuild start the next one.
/// </summary>
/// <param name="verbose">Whether to print, after each rebuild, when the first change was seen and how long each step after it took.</param>
public sealed class RebuildLoop(SiteRebuilder rebuilder, ServeStateStore store, TimeSpan quietPeriod, ServeLog log, bool verbose = false)
{
    // However busy the folder (a checkout writing hundreds of files), a rebuild starts within this.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    // Long enough for the browsers to have reloaded the rebuilt pages before a full collection pauses the server.
    private static readonly TimeSpan GarbageDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    // When the watcher reported the first change of the batch being collected (Stopwatch ticks): where a save's wait starts.
    private long _firstSeen;

    /// <summary>Called by the watcher, from any thread.</summary>
    public void OnChanged(string path)
    {
        Interlocked.CompareExchange(ref _firstSeen, Stopwatch.GetTimestamp(), 0);
        _changes.Writer.TryWrite(path);
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stopping))
            {
                var changed = await CollectUntilQuietAsync(stopping);
                var (seenAt, seen) = (DateTime.Now, Interlocked.Exchange(ref _firstSeen, 0));
                var settled = Stopwatch.GetElapsedTime(seen);
                var (state, elapsed) = await Task.Run(() => rebuilder.Rebuild(store.Current, changed, stopping), stopping);
                var rebuilt = Stopwatch.GetElapsedTime(seen);
                store.Publish(state);
                Report(state, elapsed, changed);
                if (verbose)
                {
                    // Where a save's wait goes, from the watcher's first report: the wait for the writes to settle, the
                    // rebuild, and publishing (after which every open tab's event stream is told at once).
                    var published = Stopwatch.GetElapsedTime(seen);
                    log.Info($"  first change seen at {seenAt - settled:HH:mm:ss.fff}; settled +{settled.TotalMilliseconds:0} ms, " +
                        $"rebuilt +{rebuilt.TotalMilliseconds:0} ms, published +{published.TotalMilliseconds:0} ms");
                }
                // Once the reloads have been answered, and only if no save came meanwhile.
                var next = _changes.Reader.WaitToReadAsync(stopping).AsTask();
                if (await Task.WhenAny(next, Task.Delay(GarbageDelay, stopping)) != next) SiteRebuilder.ReturnGarbage();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task<IReadOnlyCollection<string>> CollectUntilQuietAsync(CancellationToken stopping)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var started = DateTime.UtcNow;
        do
        {
            while (_changes.Reader.TryRead(out var path)) changed.Add(path);
            await Task.Delay(quietPeriod, stopping);
        } while (_changes.Reader.TryPeek(out _) && DateTime.UtcNow - started < LongestWait);
        while (_changes.Reader.TryRead(out var path)) changed.Add(path);
        return changed;
    }

    private void Report(ServeState state, TimeSpan elapsed, IReadOnlyCollection<string> changed)
    {
        var what = changed.Count == 1 ? DisplayPath.For(changed.First()) : $"{changed.Count} files";
        if (state.LatestFailed)
        {
            log.Diagnostics(state.Diagnostics);
            var errors = state.Diagnostics.Count(d => d.IsError);
            log.Error($"Build failed after a change to {what}: {errors} error{(errors == 1 ? "" : "s")}; the browser shows {(errors == 1 ? "it" : "them")} over the last good build.");
            return;
        }
        log.Diagnostics(state.Diagnostics);
        log.Info($"Rebuilt in {elapsed.TotalMilliseconds:0} ms after a change to {what}.");
    }
}
