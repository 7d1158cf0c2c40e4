using System.Diagnostics;

namespace SpoilerGen.Build;

/// <summary>
/// Tells <c>--verbose</c> how long each stage of a render took, one line a stage, in wall time and in the process's
/// CPU time (all threads): where an incremental rebuild spends its time. On a busy machine the wall time says more about
/// the others' work than ours; the CPU time is what the stage cost. Without a listener it measures nothing.
/// </summary>
public sealed class StageClock(Action<string>? progress)
{
    private readonly Stopwatch? _stopwatch = progress is null ? null : Stopwatch.StartNew();
    private TimeSpan _lastWall;
    private TimeSpan _lastProcessor = progress is null ? default : Environment.CpuUsage.TotalTime;

    public void Lap(string stage)
    {
        if (_stopwatch is null) return;
        var (wall, processor) = (_stopwatch.Elapsed, Environment.CpuUsage.TotalTime);
        progress!($"{stage}: {(wall - _lastWall).TotalMilliseconds:0.0} ms ({(processor - _lastProcessor).TotalMilliseconds:0} ms of CPU)");
        (_lastWall, _lastProcessor) = (wall, processor);
    }
}
