using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// Measures what an author waits for: from a saved edit of one page of the example guide to the reload
/// event reaching an open tab. Prints the median of several edits; fails only when a reload never comes.
/// </summary>
public sealed partial class ReloadLatencyTests(ITestOutputHelper output)
{
    private const int Edits = 9;

    [GeneratedRegex(@"Rebuilt in (\d+) ms")]
    private static partial Regex RebuildLine();

    [Fact]
    public async Task Reload_latency_after_a_saved_edit_of_one_page()
    {
        await using var serve = await RunningServer.StartOnExampleGuideCopyAsync();
        await using var events = await EventStreamReader.OpenAsync(serve.Client);
        await events.NextAsync();
        var file = serve.PathOf("content/characters/on-jo.md");
        var original = await File.ReadAllTextAsync(file);

        var latencies = new List<double>();
        for (var edit = 1; edit <= Edits; edit++)
        {
            var text = original + $"\nEdit number {edit}.\n";
            var stopwatch = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, text);
            // A minute: a reload that never comes fails; one slowed by a loaded machine is only a slow figure.
            var reload = await events.NextAsync(TimeSpan.FromMinutes(1));
            stopwatch.Stop();
            Assert.Equal("reload", reload.Name);
            latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            // Leave the server idle between edits, as between an author's saves.
            await Task.Delay(200);
        }

        var (_, page, _) = await serve.GetAsync("/all-of-us-are-dead/s01e12/characters/on-jo/");
        Assert.Contains($"Edit number {Edits}.", page);
        var rebuilds = RebuildLine().Matches(serve.Log.ToString()).Select(match => double.Parse(match.Groups[1].Value)).ToList();
        output.WriteLine($"save -> reload event, {Edits} edits of content/characters/on-jo.md: median {Median(latencies):0} ms " +
            $"(min {latencies.Min():0}, max {latencies.Max():0}); each: {string.Join(", ", latencies.Select(l => l.ToString("0")))} ms");
        output.WriteLine($"of which the whole in-memory rebuild: median {Median(rebuilds):0} ms (min {rebuilds.Min():0}, max {rebuilds.Max():0}); " +
            $"the rest is the {new SpoilerGen.Serve.ServeOptions(".").QuietPeriod.TotalMilliseconds:0} ms quiet period and the file watcher");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
