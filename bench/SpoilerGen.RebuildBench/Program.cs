using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SpoilerGen.Serve;

// Edits one page's text as an author saving it would, and rebuilds as serve's rebuild loop does (SiteRebuilder.Rebuild,
// the watcher naming the saved file); prints the median CPU time of each stage (serve's --verbose clock) and of the whole
// call over the edits, after 3 not counted. The page's text is put back at the end.
// Usage: rebuild-bench SITE [EDITS=8] [PAGE=content/hulra-4/zovolu-onabek.md] (a page of guide-generator's guides).
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: rebuild-bench SITE [EDITS] [PAGE]");
    return 2;
}
var site = Path.GetFullPath(args[0]);
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var page = Path.Combine(site, args.Length > 2 ? args[2] : "content/hulra-4/zovolu-onabek.md");
const int WarmUps = 3;

var log = new StringWriter();
var rebuilder = new SiteRebuilder(new ServeOptions(site) { Verbose = true }, new ServeLog(log, Console.Error));
var first = Stopwatch.StartNew();
var (state, _) = rebuilder.Rebuild(new ServeState(0, null, []), []);
Console.WriteLine($"first build: {first.Elapsed.TotalSeconds:0.0} s, {state.LastGood?.FileCount} files");

var original = File.ReadAllText(page);
var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
var totals = new List<double>();
var stageLine = new Regex(@"^\s+(.*?)( \(\d+ files.*\))?: [\d.]+ ms \((\d+) ms of CPU\)");
try
{
    for (var edit = 0; edit < edits + WarmUps; edit++)
    {
        File.WriteAllText(page, original.Replace("\n\n", $"\n\nEdit number {edit} here.\n\n", StringComparison.Ordinal));
        log.GetStringBuilder().Clear();
        var cpu = Environment.CpuUsage.TotalTime;
        (state, _) = rebuilder.Rebuild(state, [page]);
        var total = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        if (edit < WarmUps) continue;
        totals.Add(total);
        foreach (var line in log.ToString().Split('\n'))
        {
            if (stageLine.Match(line) is not { Success: true } match) continue;
            if (!stages.TryGetValue(match.Groups[1].Value, out var times)) stages[match.Groups[1].Value] = times = [];
            times.Add(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        }
    }
}
finally
{
    File.WriteAllText(page, original);
}

foreach (var (stage, times) in stages) Console.WriteLine($"{stage}: median {Median(times):0} ms CPU ({times.Min():0}-{times.Max():0})");
Console.WriteLine($"whole Rebuild call: median {Median(totals):0} ms CPU ({totals.Min():0}-{totals.Max():0}) over {totals.Count} edits; built: {state.LastGood is not null}");
Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
