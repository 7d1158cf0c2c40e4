using System.Runtime.InteropServices;
using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Cli;

/// <summary>
/// The command the process tests run (in CI, the linux-x64 native executable; see <see cref="SpoilerGenCommand"/>)
/// makes the same site, byte for byte, as the build these tests run in-process: the native build has no
/// reflection, and a template reading a member it trimmed away would fail only at render time.
/// </summary>
public sealed class NativeExecutableTests
{
    [Fact]
    public void In_ci_on_linux_x64_the_tests_run_the_native_executable_not_the_dotnet_tool()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi || !OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64) return;

        var native = SpoilerGenCommand.NativeExecutable;
        Assert.True(native is not null, $"CI runs the tests without {SpoilerGenCommand.ExecutableVariable}: scripts/test.sh publishes it");
        // An ELF executable that runs with no .NET beside it, not a managed assembly or the apphost of one.
        var header = File.ReadAllBytes(native!).AsSpan(0, 4).ToArray();
        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, header);
        Assert.False(File.Exists(Path.ChangeExtension(native, ".dll")), $"{native} has an assembly beside it: not a native build");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.github.io/guide/")]
    public void The_command_builds_the_example_guide_byte_identical_to_the_in_process_build(string? baseUrl)
    {
        using var folder = new TemporaryFolder();
        var expected = folder.Combine("in-process");
        var actual = folder.Combine("command");
        var inProcess = SiteBuilder.Build(new BuildOptions(RepositoryPaths.ExampleSite, expected, BaseUrl: baseUrl));
        Assert.True(inProcess.Succeeded);

        string[] arguments = baseUrl is null ? ["build", RepositoryPaths.ExampleSite, "--output", actual] : ["build", RepositoryPaths.ExampleSite, "--output", actual, "--base-url", baseUrl];
        var (exitCode, _, error) = ToolProcess.Run(arguments);

        Assert.True(exitCode == 0, $"{SpoilerGenCommand.Description}: {error}");
        var (expectedFiles, actualFiles) = (FolderSnapshot.Of(expected), FolderSnapshot.Of(actual));
        var differing = expectedFiles.Files.Keys.Union(actualFiles.Files.Keys)
            .Where(path => !expectedFiles.Files.TryGetValue(path, out var hash) || !actualFiles.Files.TryGetValue(path, out var other) || hash != other)
            .ToList();
        Assert.True(differing.Count == 0, $"{SpoilerGenCommand.Description} wrote {differing.Count} files differently: {string.Join(", ", differing.Take(10))}");
        Assert.True(expectedFiles.Files.Count > 50, expectedFiles.ToString());
    }
}
