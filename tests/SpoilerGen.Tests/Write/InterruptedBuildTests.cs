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
        // A signal that lands after the build has finished and reported (between its last line and the process's exit,
        // when a loaded machine's `kill` comes late) ends the process as a signal does: the new output, whole.
        var finishedThenSignalled = exitCode != 0 && standardOutput.Contains("Built ", StringComparison.Ordinal);

        Assert.DoesNotContain("   at ", error);
        var output = FolderSnapshot.Of(site.Output);
        var expectedExit = signal switch { "INT" => 130, "TERM" => 143, _ => 137 };
        Assert.True(exitCode == expectedExit || exitCode == 0, $"exit code {exitCode}\n{error}");
        if (exitCode == 0 || finishedThenSignalled)
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
            if (exitCode != 0 && !finishedThenSignalled) Assert.Contains("Build cancelled", error);
        }

        InterruptedGuideFixture.Build(site.Root, site.Output);
        Assert.True(FolderSnapshot.Of(site.Output).SameAs(guide.New));
        Assert.Equal(["out", "site"], FolderSnapshot.NamesBesideOutput(parent));
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

        Assert.Contains(results, result => result.ExitCode == 0);
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
