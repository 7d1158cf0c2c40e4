using System.Diagnostics;
using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The path a new user takes: pack the tool, install it from the local package folder into a tool
/// path of its own, then run the installed command.
/// </summary>
[Collection(PackedToolCollection.Name)]
public sealed class ToolPackageTests(PackedTool packed, ITestOutputHelper output)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Packed_tool_installs_from_a_local_folder_and_builds_the_example_site()
    {
        var version = packed.Version;
        var pack = packed.Pack!;
        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.True(File.Exists(Path.Combine(packed.Packages, $"SpoilerGen.{version}.nupkg")), pack.Describe());
        Assert.True(File.Exists(Path.Combine(packed.Packages, $"SpoilerGen.{PortableRuntimeIdentifier.Current}.{version}.nupkg")), pack.Describe());

        using var work = TemporaryFolder.OnDisk("tool");
        var tools = work.Combine("tools");
        var siteOutput = work.Combine("site-output");
        var stopwatch = Stopwatch.StartNew();
        var runner = new CommandRunner();

        // A NuGet configuration with no remote source: the install must come from the local folder,
        // never from a package of the same name on a registry.
        var configuration = work.Combine("nuget.config");
        await File.WriteAllTextAsync(configuration,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");
        var packages = packed.Packages;
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
        output.WriteLine($"pack took {packed.PackTime.TotalSeconds:0.0} s, install and build {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }
}
