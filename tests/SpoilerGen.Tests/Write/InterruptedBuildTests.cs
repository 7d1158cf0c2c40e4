using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Write;

/// <summary>
/// Builds stopped by Ctrl+C, SIGTERM and SIGKILL at each step: after loading, while writing, once everything
/// is written, and while the previous output is removed. Whatever the moment, the output folder holds the
/// old build whole or the new build whole; a cancelled build leaves nothing beside it, and after a killed
/// one the next build removes what it left.
/// </summary>
public sealed class InterruptedBuildTests(InterruptedGuideFixture guide) : IClassFixture<InterruptedGuideFixture>
{
    public static TheoryData<string, string> SignalsAndSteps()
    {
        var data = new TheoryData<string, string>();
        foreach (var signal in new[] { "INT", "TERM", "KILL" })
        {
            foreach (var step in new[] { "loaded ", "writing the new output into", "rendered ", "exchanged the new output" }) data.Add(signal, step);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SignalsAndSteps))]
    public void An_interrupted_build_leaves_the_old_output_or_the_new_one_whole(string signal, string step)
    {
        using var site = GeneratedGuide.Write(InterruptedGuideFixture.PageCount);
        CopyFolder(guide.OldOutput, site.Output);
        InterruptedGuideFixture.Edit(site);
        var parent = Path.GetDirectoryName(site.Output)!;

        using var build = ToolProcess.Start(["build", site.Root, "-o", site.Output, "--verbose"]);
        // Minutes: no bound on the build's speed is meant here, and beside the rest of the suite one took over a minute to get there.
        Assert.True(build.WaitForErrorLine(step, TimeSpan.FromMinutes(3)), $"the build never reported '{step}'; it said:\n{build.ErrorSoFar}");
        build.Signal(signal);
        var (exitCode, standardOutput, error) = build.WaitForExit();
        // A build that has reported "Built" exits 0 whenever Ctrl+C or SIGTERM lands, even between its last line and the
        // process's exit, when a loaded machine's `kill` comes late; only SIGKILL can end it otherwise.
        var finishedThenKilled = exitCode == 137 && standardOutput.Contains("Built ", StringComparison.Ordinal);

        Assert.DoesNotContain("   at ", error);
        var output = FolderSnapshot.Of(site.Output);
        var expectedExit = signal switch { "INT" => 130, "TERM" => 143, _ => 137 };
        Assert.True(exitCode == expectedExit || exitCode == 0, $"exit code {exitCode}\n{error}");
        if (signal != "KILL" && standardOutput.Contains("Built ", StringComparison.Ordinal)) Assert.True(exitCode == 0, $"exit code {exitCode} after 'Built'\n{error}");
        if (exitCode == 0 || finishedThenKilled)
        {
            Assert.True(output.SameAs(guide.New), $"a finished build must leave the new output; found {output}");
        }
        else
        {
            Assert.True(output.SameAs(guide.Old) || output.SameAs(guide.New), $"found neither the old nor the new output whole: {output}");
        }
        if (signal != "KILL")
        {
            Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(parent));
            if (exitCode != 0) Assert.Contains("Build cancelled", error);
        }

        InterruptedGuideFixture.Build(site.Root, site.Output);
        Assert.True(FolderSnapshot.Of(site.Output).SameAs(guide.New));
        Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(parent));
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_after_the_build_finished_exits_with_the_builds_own_code_and_output(string signal)
    {
        // What is left after the swap can end before the first signal on a quiet machine: then the build is run again (up to 5 times).
        for (var attempt = 1; ; attempt++)
        {
            using var site = GeneratedGuide.Write(InterruptedGuideFixture.PageCount);
            CopyFolder(guide.OldOutput, site.Output);
            InterruptedGuideFixture.Edit(site);

            using var build = ToolProcess.Start(["build", site.Root, "-o", site.Output, "--verbose"]);
            // The new output is in place: what is left is writing its record, printing "Built" and exiting.
            Assert.True(build.WaitForErrorLine("exchanged the new output", TimeSpan.FromMinutes(3)), $"the build never swapped its output in; it said:\n{build.ErrorSoFar}");
            // Signal after signal until the process is gone, so that some land after the command returned (where its handlers
            // were once removed and a signal ended the process with 130 or 143).
            var sent = build.SignalUntilExit(signal);
            var result = build.WaitForExit();
            if (sent == 0 && attempt < 5) continue;
            Assert.True(sent > 0, "the build exited before a signal was sent, 5 times");
            AssertFinishedDespiteSignals(site, sent, result);
            return;
        }
    }

    private void AssertFinishedDespiteSignals(TestSite site, int sent, (int ExitCode, string Output, string Error) result)
    {
        var (exitCode, standardOutput, error) = result;
        Assert.True(exitCode == 0, $"exit code {exitCode} after {sent} signals\n{standardOutput}{error}");
        Assert.Contains("Built ", standardOutput);
        Assert.EndsWith(" ms.\n", standardOutput.Replace("\r", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("Build cancelled", error);
        Assert.True(FolderSnapshot.Of(site.Output).SameAs(guide.New), "a finished build must leave the new output");
        Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(Path.GetDirectoryName(site.Output)!));
    }

    [Fact]
    public void Two_builds_into_one_output_at_once_leave_one_whole_output()
    {
        using var site = GeneratedGuide.Write(InterruptedGuideFixture.PageCount);
        CopyFolder(guide.OldOutput, site.Output);
        InterruptedGuideFixture.Edit(site);

        using var first = ToolProcess.Start(["build", site.Root, "-o", site.Output]);
        using var second = ToolProcess.Start(["build", site.Root, "-o", site.Output]);
        var results = new[] { first.WaitForExit(), second.WaitForExit() };

        // Every line of both builds' errors: a failure here was once a rare fault of one build, and its first line alone did not tell which.
        Assert.True(results.Any(result => result.ExitCode == 0),
            string.Join("\n", results.Select((result, index) => $"build {index + 1} exited {result.ExitCode}:\n{result.Error}")));
        foreach (var (exitCode, _, error) in results.Where(result => result.ExitCode != 0))
        {
            Assert.Equal(1, exitCode);
            Assert.Contains("error SG0591: another SpoilerGen build is writing this output folder", error);
        }
        Assert.True(FolderSnapshot.Of(site.Output).SameAs(guide.New));
        Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(Path.GetDirectoryName(site.Output)!));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
