using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SpoilerGen.Bench;

/// <summary>
/// Counts the runtime's allocation ticks by type (each stands for about 100 KB allocated since the last one on that heap):
/// a rough census of what a rebuild allocates, without a tracer.
/// </summary>
internal sealed class AllocationCensus : EventListener
{
    private const EventKeywords GarbageCollection = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GarbageCollection);
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (data.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || data.PayloadNames is null) return;
        var type = data.Payload![data.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = data.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var index ? Convert.ToInt64(data.Payload[index]) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    public void Clear() => _bytes.Clear();

    public void Print(TextWriter output, int rebuilds)
    {
        var total = _bytes.Values.Sum();
        output.WriteLine($"allocations sampled: {total / 1048576.0 / rebuilds:0.0} MB a rebuild; the types most allocated:");
        foreach (var (type, bytes) in _bytes.OrderByDescending(pair => pair.Value).Take(30))
        {
            output.WriteLine($"  {bytes / 1048576.0 / rebuilds,6:0.00} MB  {type}");
        }
    }
}
