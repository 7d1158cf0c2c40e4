using System.Diagnostics;
using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The path a new user takes: pack the tool, install it from the local package folder into a tool
/// path of its own, then run the installed command.
/// </summary>
public sealed class ToolPackageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Packed_tool_installs_from_a_local_folder_and_builds_the_example_site()
    {
        var version = RepositorySources.ReadVersion();
        // On disk, not in memory: the installed tool runs from this folder, and the packages are large.
        using var work = TemporaryFolder.OnDisk("tool");
        var sources = work.Combine("repository");
        var packages = work.Combine("packages");
        var tools = work.Combine("tools");
        var siteOutput = work.Combine("site-output");
        var stopwatch = Stopwatch.StartNew();

        // A copy, not the working tree: packing then cannot pick up a stale publish folder, and it
        // does not write into bin/ and obj/ while other test projects may be using them.
        RepositorySources.CopyTo(sources);
        var runner = new CommandRunner();

        // Only this machine's ready-to-run package (and the pointer package): packing all of them
        // takes minutes, and only this one can be installed and run here.
        var pack = await runner.RunAsync("dotnet",
            ["pack", Path.Combine("src", "SpoilerGen.Cli"), "-c", "Release", "-o", packages,
             $"-p:RuntimeIdentifiers={PortableRuntimeIdentifier.Current}",
             // No MSBuild node or compiler server may outlive the command: they would keep its output open.
             "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            sources, PackTimeout);
        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.True(File.Exists(Path.Combine(packages, $"SpoilerGen.{version}.nupkg")), pack.Describe());
        Assert.True(File.Exists(Path.Combine(packages, $"SpoilerGen.{PortableRuntimeIdentifier.Current}.{version}.nupkg")), pack.Describe());

        // A NuGet configuration with no remote source: the install must come from the local folder,
        // never from a package of the same name on a registry.
        var configuration = work.Combine("nuget.config");
        await File.WriteAllTextAsync(configuration,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        var install = await runner.RunAsync("dotnet",
            ["tool", "install", "SpoilerGen", "--tool-path", tools, "--add-source", packages, "--version", version, "--configfile", configuration],
            work.Path, CommandTimeout);
        Assert.True(install.ExitCode == 0, install.Describe());

        // The package for this platform was chosen, and it is the precompiled one (quick start-up).
        var installedCore = Directory.EnumerateFiles(tools, "SpoilerGen.Core.dll", SearchOption.AllDirectories).Single();
        Assert.Contains($"{Path.DirectorySeparatorChar}{PortableRuntimeIdentifier.Current}{Path.DirectorySeparatorChar}", installedCore);
        Assert.True(ReadyToRunImage.IsReadyToRun(installedCore), $"{installedCore} is not ready-to-run");

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "spoilergen.exe" : "spoilergen");
        var printedVersion = await runner.RunAsync(command, ["--version"], work.Path, CommandTimeout);
        Assert.True(printedVersion.ExitCode == 0, printedVersion.Describe());
        Assert.Equal(version, printedVersion.TrimmedOutput);

        var build = await runner.RunAsync(command, ["build", RepositoryPaths.ExampleSite, "-o", siteOutput], work.Path, CommandTimeout);
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.True(File.Exists(Path.Combine(siteOutput, "index.html")), build.Describe());
        Assert.True(File.Exists(Path.Combine(siteOutput, "levels.json")), build.Describe());

        // The whole path, pack included, should stay about a minute on a developer's machine.
        output.WriteLine($"pack, install and build took {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }
}
