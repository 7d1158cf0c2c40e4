using System.Diagnostics;
using System.Threading.Channels;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>
/// Turns file changes into rebuilds, one at a time: waits until the changes have been quiet for
/// <see cref="ServeOptions.QuietPeriod"/> (the writes of one save come together), rebuilds, publishes the
/// new state and reports it. Changes that arrive during a rebuild start the next one; the rebuild they
/// arrived during is published only when it follows another that was not (see <see cref="RunAsync"/>).
/// </summary>
/// <param name="rebuild">Makes the next state from the current one and the paths changed since the last rebuild started (<see cref="SiteRebuilder.Rebuild"/>).</param>
/// <param name="verbose">
/// Whether to print, after each rebuild, when the first change was seen and how long each step after it took, up to the first
/// request answered from the new state (<see cref="Answered"/>).
/// </param>
/// <param name="returnGarbage">
/// Gives the rebuilds' garbage back when the server is idle, or (told it is busy) between saves that keep coming, saying
/// whether it collected (<see cref="SiteRebuilder.ReturnGarbage"/>).
/// </param>
public sealed class RebuildLoop(Func<ServeState, IReadOnlyCollection<string>, CancellationToken, (ServeState State, TimeSpan Elapsed)> rebuild,
    ServeStateStore store, TimeSpan quietPeriod, ServeLog log, bool verbose = false, Func<bool, bool>? returnGarbage = null)
{
    public RebuildLoop(SiteRebuilder rebuilder, ServeStateStore store, TimeSpan quietPeriod, ServeLog log, bool verbose = false)
        : this(rebuilder.Rebuild, store, quietPeriod, log, verbose, rebuilder.ReturnGarbage)
    {
    }

    // However busy the folder (a checkout writing hundreds of files), a rebuild starts within this.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    // Long enough for the browsers to have reloaded the rebuilt pages before a full collection pauses the server.
    private static readonly TimeSpan GarbageDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    // When the watcher reported the first change of the batch being collected (Stopwatch ticks): where a save's wait starts.
    private long _firstSeen;

    // With verbose: the version published last whose first answer has not been reported yet (0: none), and its first change's time.
    private int _unanswered;
    private long _unansweredSeen;

    /// <summary>Called by the watcher, from any thread.</summary>
    public void OnChanged(string path)
    {
        Interlocked.CompareExchange(ref _firstSeen, Stopwatch.GetTimestamp(), 0);
        _changes.Writer.TryWrite(path);
    }

    /// <remarks>
    /// The quiet period is short (a save's writes come within a millisecond or two), so that a save starts its rebuild at
    /// once. A writer paused between its writes (a busy machine, an editor's slower save) is caught by what comes during
    /// the rebuild: a change that arrives while a rebuild runs may be the rest of the same save, so that rebuild may have
    /// read half of it; it is not published (no tab reloads onto a half-written page, or its errors) and the next rebuild
    /// starts at once with the changes since. Only one in a row is held back, so a folder that never stops changing (a
    /// checkout of thousands of files) is still shown as it goes. Whatever is held back, the last change is always rebuilt
    /// and published: never a stale page.
    /// </remarks>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            // What a held-back rebuild was for: its first change's time and its paths, reported with the rebuild that follows.
            (long Seen, DateTime SeenAt, TimeSpan Settled, HashSet<string> Paths)? heldBack = null;
            while (await _changes.Reader.WaitToReadAsync(stopping))
            {
                var changed = await CollectUntilQuietAsync(stopping);
                var (seenAt, seen) = (DateTime.Now, Interlocked.Exchange(ref _firstSeen, 0));
                var settled = Stopwatch.GetElapsedTime(seen);
                seenAt -= settled;
                var (allocatedBefore, pausedBefore) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
                var (state, elapsed) = await Task.Run(() => rebuild(store.Current, changed, stopping), stopping);
                var (allocated, paused) = (GC.GetTotalAllocatedBytes() - allocatedBefore, GC.GetTotalPauseDuration() - pausedBefore);
                if (heldBack is null && _changes.Reader.TryPeek(out _))
                {
                    heldBack = (seen, seenAt, settled, [.. changed]);
                    if (verbose) log.Info($"  changed again during the rebuild ({elapsed.TotalMilliseconds:0} ms): rebuilding before publishing");
                    continue;
                }
                if (heldBack is { } earlier)
                {
                    (seen, seenAt, settled) = (earlier.Seen, earlier.SeenAt, earlier.Settled);
                    earlier.Paths.UnionWith(changed);
                    changed = earlier.Paths;
                    heldBack = null;
                }
                var rebuilt = Stopwatch.GetElapsedTime(seen);
                if (verbose)
                {
                    Volatile.Write(ref _unansweredSeen, seen);
                    Volatile.Write(ref _unanswered, state.Version);
                }
                store.Publish(state);
                Report(state, elapsed, changed);
                if (verbose)
                {
                    // Where a save's wait goes, from the watcher's first report: the wait for the writes to settle, the
                    // rebuild, and publishing (after which every open tab's event stream is told at once).
                    var published = Stopwatch.GetElapsedTime(seen);
                    log.Info($"  first change seen at {seenAt:HH:mm:ss.fff}; settled +{settled.TotalMilliseconds:0} ms, " +
                        $"rebuilt +{rebuilt.TotalMilliseconds:0} ms, published +{published.TotalMilliseconds:0} ms; the rebuild allocated " +
                        $"{allocated / 1048576.0:0.0} MB, and collections paused it {paused.TotalMilliseconds:0} ms");
                }
                // Once the reloads have been answered, and only if no save came meanwhile.
                var next = _changes.Reader.WaitToReadAsync(stopping).AsTask();
                // Busy: a save came first. Collecting then delays its rebuild, so only after twice the growth.
                var busy = await Task.WhenAny(next, Task.Delay(GarbageDelay, stopping)) == next;
                var collecting = Stopwatch.GetTimestamp();
                // Every thread waits for it, the watcher's included: a save made meanwhile is seen once it ends.
                if (returnGarbage?.Invoke(busy) == true && verbose)
                {
                    log.Info($"  gave the build's garbage back in {Stopwatch.GetElapsedTime(collecting).TotalMilliseconds:0} ms (a full collection{(busy ? ", with saves coming" : "")})");
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Called by the request handler once it has a page of <paramref name="version"/> to send, from any thread: with verbose,
    /// the first such answer after a rebuild is printed with its time after the first change, where a save's wait ends.
    /// </summary>
    public void Answered(int version)
    {
        if (!verbose || Volatile.Read(ref _unanswered) != version || Interlocked.CompareExchange(ref _unanswered, 0, version) != version) return;
        log.Info($"  first page answered from it +{Stopwatch.GetElapsedTime(Volatile.Read(ref _unansweredSeen)).TotalMilliseconds:0} ms after the first change");
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
        // A name from a 'git pull' may hold a terminal escape or a newline: printed raw, it could forge a line of this log.
        var what = changed.Count == 1 ? TerminalText.Escape(DisplayPath.For(changed.First())) : $"{changed.Count} files";
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
