using System.Diagnostics;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// What a piece of work costs in processor time. A test that bounds a cost asserts this, not wall time, and runs in
/// <see cref="Reliability.TimedWorkCollection"/>, alone in its process, so that the processor time the process spends
/// meanwhile is the work's own. Wall time measured the work and everything else on the machine: beside the rest of the
/// suite (and, in CI, Chromium and a native publish) on two cores, a build of 3 s alone took 53 s of wall time, and the
/// timer meant to end the wait fired more than 20 s late, every thread of the pool being busy with other tests' renders.
/// </summary>
public static class WorkCost
{
    /// <summary>Wall time after which work that uses no processor time (a deadlock, a wait) fails the test instead of hanging it.</summary>
    private static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own and returns its result, failing the test as soon as the process
    /// has spent <paramref name="bound"/> of processor time on it.
    /// </summary>
    public static T Within<T>(Func<T> work, TimeSpan bound, string name)
    {
        var (result, processor, wall) = Measure(work, bound, name);
        Assert.True(processor < bound, $"{name}: took {processor.TotalSeconds:0.0} s of processor time ({wall.TotalSeconds:0.0} s of wall time); the bound is {bound.TotalSeconds:0} s");
        return result;
    }

    /// <summary>
    /// The least processor time of <paramref name="runs"/> runs of <paramref name="work"/>: a run slowed by the machine
    /// (a burst of another process's work on the same cores, a full collection of the heap) is not the one taken.
    /// </summary>
    public static TimeSpan Least(Action work, int runs, TimeSpan bound, string name) =>
        Enumerable.Range(0, runs).Select(_ => Measure(() => { work(); return 0; }, bound, name).Processor).Min();

    private static (T Result, TimeSpan Processor, TimeSpan Wall) Measure<T>(Func<T> work, TimeSpan bound, string name)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        TimeSpan Spent()
        {
            process.Refresh();
            return process.TotalProcessorTime - before;
        }
        var wall = Stopwatch.StartNew();
        // Not a thread-pool work item: neither its start nor this wait depends on a pool that other work keeps busy.
        var running = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var done = ((IAsyncResult)running).AsyncWaitHandle;
        while (!done.WaitOne(TimeSpan.FromMilliseconds(100)))
        {
            var spent = Spent();
            Assert.True(spent < bound, $"{name}: still running after {spent.TotalSeconds:0.0} s of processor time ({wall.Elapsed.TotalSeconds:0.0} s of wall time); the bound is {bound.TotalSeconds:0} s");
            Assert.True(wall.Elapsed < Watchdog, $"{name}: still running after {wall.Elapsed.TotalMinutes:0} minutes, having used {spent.TotalSeconds:0.0} s of processor time");
        }
        wall.Stop();
        return (running.GetAwaiter().GetResult(), Spent(), wall.Elapsed);
    }
}
