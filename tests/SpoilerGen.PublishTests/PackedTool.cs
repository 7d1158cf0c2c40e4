using SpoilerGen.Testing;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The tool packed once for every test of the <see cref="PackedToolCollection"/>: `dotnet pack` of a copy
/// of the sources, as on a fresh clone, into a local package folder. Packing takes about a minute, and
/// each test installs from the same packages.
/// </summary>
public sealed class PackedTool : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    private readonly TemporaryFolder _work = TemporaryFolder.OnDisk("packed-tool");

    public string Version { get; } = RepositorySources.ReadVersion();

    /// <summary>The local package folder: SpoilerGen.VERSION.nupkg and this machine's SpoilerGen.RID.VERSION.nupkg.</summary>
    public string Packages => _work.Combine("packages");

    /// <summary>What packing printed and how long it took, for a failing test's message.</summary>
    public CommandResult? Pack { get; private set; }

    public TimeSpan PackTime { get; private set; }

    public async Task InitializeAsync()
    {
        var sources = _work.Combine("repository");
        // A copy, not the working tree: packing then cannot pick up a stale publish folder, and it
        // does not write into bin/ and obj/ while other test projects may be using them.
        RepositorySources.CopyTo(sources);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        // Only this machine's ready-to-run package (and the pointer package): packing all of them
        // takes minutes, and only this one can be installed and run here.
        Pack = await new CommandRunner().RunAsync("dotnet",
            ["pack", Path.Combine("src", "SpoilerGen.Cli"), "-c", "Release", "-o", Packages,
             $"-p:RuntimeIdentifiers={PortableRuntimeIdentifier.Current}",
             // No MSBuild node or compiler server may outlive the command: they would keep its output open.
             "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            sources, PackTimeout);
        PackTime = stopwatch.Elapsed;
    }

    /// <summary>A NuGet configuration with the local package folder as its only source: nothing may come from a registry.</summary>
    public string WriteNuGetConfiguration(string folder)
    {
        var path = Path.Combine(folder, "nuget.config");
        File.WriteAllText(path,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
            $"    <add key=\"local\" value=\"{System.Security.SecurityElement.Escape(Packages)}\" />\n  </packageSources>\n</configuration>\n");
        return path;
    }

    public Task DisposeAsync()
    {
        _work.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The tests that install the packed tool: they share one pack, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection : ICollectionFixture<PackedTool>
{
    public const string Name = "packed tool";
}
