using System.Diagnostics;
using SpoilerGen.Tests.Reliability;

namespace SpoilerGen.Tests.Serve;

/// <summary>
/// How fast <c>spoilergen serve</c> stops on Ctrl+C, timed alone in the test process (<see cref="TimedSignalCollection"/>):
/// beside the rest of the suite on two cores, the process's exit was slowed for reasons of the machine.
/// </summary>
[Collection(TimedSignalCollection.Name)]
public sealed class ServeInterruptTests
{
    /// <summary>
    /// Ctrl+C during the first build stops serve at once, as it does a build. Before, the first build ran to its end
    /// (20 s for a 1,000-episode guide, a minute for a slow page) and only then did serve stop.
    /// </summary>
    [Fact]
    public async Task Ctrl_c_during_the_first_build_stops_it_within_seconds()
    {
        // About 8 s of CPU to build alone: far longer than the bound below.
        var paragraphs = Enumerable.Range(0, 60_000).Select(index => $"Paragraph {index} tells [what happened {index}]{{spoiler=s01e02}} at the school.\n\n");
        using var site = new Support.TestSite(episodeCount: 2).WritePage("long.md", "title: Long", string.Concat(paragraphs));
        using var process = ServeCommandTests.Start("serve", site.Root);
        // Into its first build, whatever the machine's load: a signal before the runtime has started ends any
        // process by the system's default (exit 130), which says nothing about serve.
        await WaitForProcessorTimeAsync(process, TimeSpan.FromSeconds(1.5));

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        ServeCommandTests.SendInterrupt(process.Id);
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"stopped {stopwatch.Elapsed.TotalSeconds:0.0} s after Ctrl+C");
        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("Serving at", output);
        Assert.EndsWith("Stopped.", output.TrimEnd());
        Assert.Equal("", await process.StandardError.ReadToEndAsync());
    }

    private static async Task WaitForProcessorTimeAsync(Process process, TimeSpan used)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!process.HasExited && process.TotalProcessorTime < used && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            process.Refresh();
        }
        Assert.False(process.HasExited, "serve ended before its first build was under way");
    }
}
