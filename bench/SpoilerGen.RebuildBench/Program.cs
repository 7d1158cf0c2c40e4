using System.Diagnostics;
using SpoilerGen.Bench;
using System.Globalization;
using System.Text.RegularExpressions;
using SpoilerGen.Serve;

// Makes the edits bench/incremental.sh makes, as an author saving would, and rebuilds after each as serve's rebuild loop
// does (SiteRebuilder.Rebuild, the watcher naming the saved file): one page's text edited, a new page in its section, that
// page deleted. Prints, for each kind of edit, the median CPU time of each stage (serve's --verbose clock) and of the whole
// call over the edits, after 3 rounds not counted, and each kind's whole call as a ratio to the text edit's. The page's
// text is put back and the new page removed at the end.
// Usage: rebuild-bench SITE [EDITS=8] [PAGE=content/hulra-4/zovolu-onabek.md] (a page of guide-generator's guides).
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: rebuild-bench SITE [EDITS] [PAGE]");
    return 2;
}
var site = Path.GetFullPath(args[0]);
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var page = Path.Combine(site, args.Length > 2 ? args[2] : "content/hulra-4/zovolu-onabek.md");
var newPage = Path.Combine(Path.GetDirectoryName(page)!, "rebuild-bench-new.md");
const int WarmUps = 3;
// REBUILD_KINDS=text (a comma-separated subset) makes only those edits: a profile of one kind alone.
string[] kinds = Environment.GetEnvironmentVariable("REBUILD_KINDS") is { Length: > 0 } only ? only.Split(',') : ["text", "new", "delete"];

// REBUILD_ALLOCATIONS=1 also prints which types the measured rebuilds allocated most (the runtime's allocation ticks, one
// about every 100 KB of a heap's allocations): what the collections after a save are made of.
using var census = Environment.GetEnvironmentVariable("REBUILD_ALLOCATIONS") == "1" ? new AllocationCensus() : null;

// REBUILD_HEAP=1 prints the heap after every rebuild (to standard error): how it grows with no collection of serve's own.
var heapTrace = Environment.GetEnvironmentVariable("REBUILD_HEAP") == "1";

var log = new StringWriter();
var rebuilder = new SiteRebuilder(new ServeOptions(site) { Verbose = true }, new ServeLog(log, Console.Error));
var first = Stopwatch.StartNew();
var (state, _) = rebuilder.Rebuild(new ServeState(0, null, []), []);
Console.WriteLine($"first build: {first.Elapsed.TotalSeconds:0.0} s, {state.LastGood?.FileCount} files");

var original = File.ReadAllText(page);
var stages = kinds.ToDictionary(kind => kind, _ => new Dictionary<string, List<double>>(StringComparer.Ordinal));
var totals = kinds.ToDictionary(kind => kind, _ => new List<double>());
var lastLog = kinds.ToDictionary(kind => kind, _ => "");
// What each rebuild allocates and how long the collections during it paused the process: a server's garbage is a later pause.
var allocatedMb = kinds.ToDictionary(kind => kind, _ => new List<double>());
var pauseMs = kinds.ToDictionary(kind => kind, _ => new List<double>());
var lastCollections = kinds.ToDictionary(kind => kind, _ => "");
var stageLine = new Regex(@"^\s+(.*?)( \(\d+ files.*\))?: [\d.]+ ms \((\d+) ms of CPU\)");
try
{
    for (var edit = 0; edit < edits + WarmUps; edit++)
    {
        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case "text": File.WriteAllText(page, original.Replace("\n\n", $"\n\nEdit number {edit} here.\n\n", StringComparison.Ordinal)); break;
                case "new": File.WriteAllText(newPage, $"---\ntitle: Bench new {edit}\n---\nNew page {edit}.\n"); break;
                default: File.Delete(newPage); break;
            }
            log.GetStringBuilder().Clear();
            var cpu = Environment.CpuUsage.TotalTime;
            var (allocated, pauses, collections) = (GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(), Collections());
            (state, _) = rebuilder.Rebuild(state, [kind == "text" ? page : newPage]);
            var total = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
            allocatedMb[kind].Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
            pauseMs[kind].Add((GC.GetTotalPauseDuration() - pauses).TotalMilliseconds);
            var after = Collections();
            lastCollections[kind] = $"{after.Gen0 - collections.Gen0} / {after.Gen1 - collections.Gen1} / {after.Gen2 - collections.Gen2}";
            if (heapTrace) Console.Error.WriteLine($"heap after {kind} edit {edit}: {GC.GetTotalMemory(false) / 1048576} MB in use, {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576} MB committed, "
                + $"{Environment.WorkingSet / 1048576} MB resident, gen2 collections so far {GC.CollectionCount(2)}");
            if (state.LastGood is null || state.LatestFailed) throw new InvalidOperationException($"the {kind} edit's build failed");
            if (edit < WarmUps)
            {
                census?.Clear();
                allocatedMb[kind].Clear();
                pauseMs[kind].Clear();
                continue;
            }
            totals[kind].Add(total);
            lastLog[kind] = log.ToString();
            foreach (var line in log.ToString().Split('\n'))
            {
                if (stageLine.Match(line) is not { Success: true } match) continue;
                if (!stages[kind].TryGetValue(match.Groups[1].Value, out var times)) stages[kind][match.Groups[1].Value] = times = [];
                times.Add(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            }
        }
    }
}
finally
{
    File.WriteAllText(page, original);
    File.Delete(newPage);
}

foreach (var kind in kinds)
{
    Console.WriteLine($"{kind}, the last edit's log:");
    Console.Write(lastLog[kind]);
    foreach (var (stage, times) in stages[kind]) Console.WriteLine($"  {stage}: median {Median(times):0} ms CPU ({times.Min():0}-{times.Max():0})");
    Console.WriteLine($"  whole Rebuild call: median {Median(totals[kind]):0} ms CPU ({totals[kind].Min():0}-{totals[kind].Max():0}) over {totals[kind].Count} edits"
        + (kind == "text" || !totals.ContainsKey("text") ? "" : $", {Median(totals[kind]) / Median(totals["text"]):0.0}x the text edit"));
    Console.WriteLine($"  allocated: median {Median(allocatedMb[kind]):0.0} MB ({allocatedMb[kind].Min():0.0}-{allocatedMb[kind].Max():0.0}); GC pauses during the call: median {Median(pauseMs[kind]):0.0} ms; "
        + $"the last edit's collections (gen0 / gen1 / gen2): {lastCollections[kind]}");
}
census?.Print(Console.Out, edits * kinds.Length);
Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;

static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
