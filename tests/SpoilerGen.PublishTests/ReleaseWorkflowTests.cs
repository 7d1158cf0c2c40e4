using SpoilerGen.Testing;
using Xunit.Abstractions;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The release workflow's steps that run on Linux, run here from .github/workflows/release.yml itself on the
/// linux-x64 native executable (CI publishes it before the tests: see <see cref="SpoilerGenCommand"/>):
/// the tag read as a version, the executable run once, archived with its checksum, and the release job's
/// check of every archive against its checksum into SHA256SUMS. Then the archive is unpacked and run as a
/// user who downloaded it would.
/// </summary>
public sealed class ReleaseWorkflowTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);
    private static readonly string WorkflowPath = Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml");

    [Theory]
    [InlineData("v1.2.3", true)]
    [InlineData("v1.2.3-beta.1", true)]
    [InlineData("release-1", false)]
    [InlineData("v1.2", false)]
    public async Task The_version_comes_from_the_tag_and_a_tag_that_is_no_version_stops_the_release(string tag, bool accepted)
    {
        using var work = TemporaryFolder.OnDisk("release");
        var outputs = work.Combine("github-output");
        var step = WorkflowFile.Load(WorkflowPath).Step("version", "Read the version from the tag");

        var result = await Run(step.Run!, work.Path, new() { ["TAG"] = tag, ["GITHUB_OUTPUT"] = outputs });

        Assert.Equal(accepted, result.ExitCode == 0);
        if (accepted) Assert.Equal($"version={tag[1..]}\n", await File.ReadAllTextAsync(outputs));
    }

    [Fact]
    public async Task The_linux_x64_executable_is_run_archived_checksummed_and_runs_when_unpacked()
    {
        if (SpoilerGenCommand.NativeExecutable is not { } native)
        {
            // Without the native executable there is nothing to release; CI always has one (NativeExecutableTests).
            output.WriteLine($"{SpoilerGenCommand.ExecutableVariable} is not set: nothing to archive");
            return;
        }
        var version = RepositorySources.ReadVersion();
        var workflow = WorkflowFile.Load(WorkflowPath);
        using var work = TemporaryFolder.OnDisk("release");
        // The runner's workspace: a checkout (the script and the example guide) and the publish folder.
        var workspace = work.Combine("workspace");
        Directory.CreateDirectory(Path.Combine(workspace, "native"));
        Directory.CreateDirectory(Path.Combine(workspace, "scripts"));
        File.Copy(native, Path.Combine(workspace, "native", "spoilergen"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "scripts", "package-native.sh"), Path.Combine(workspace, "scripts", "package-native.sh"));
        CopyFolder(RepositoryPaths.ExampleSite, Path.Combine(workspace, "site"));
        var environment = new Dictionary<string, string?> { ["RID"] = "linux-x64", ["VERSION"] = version, ["RUNNER_TEMP"] = work.Combine("runner-temp") };

        foreach (var name in new[] { "Run it once", "Archive it with its checksum" })
        {
            var result = await Run(workflow.Step("native", name).Run!, workspace, environment);
            Assert.True(result.ExitCode == 0, $"step '{name}':\n{result.Describe()}");
        }
        var archive = $"spoilergen-{version}-linux-x64.tar.gz";
        Assert.Equal([archive, archive + ".sha256"], Directory.GetFiles(Path.Combine(workspace, "release")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The release job, on what the matrix uploaded (one folder per artifact).
        var releaseWorkspace = work.Combine("release-workspace");
        CopyFolder(Path.Combine(workspace, "release"), Path.Combine(releaseWorkspace, "artifacts", "native-linux-x64"));
        var sums = await Run(workflow.Step("release", "Check every archive against its checksum, and list them all in SHA256SUMS").Run!, releaseWorkspace, []);
        Assert.True(sums.ExitCode == 0, sums.Describe());
        Assert.Equal(["SHA256SUMS", archive], Directory.GetFiles(Path.Combine(releaseWorkspace, "release")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // A changed byte is caught by the checksum a user checks.
        var download = work.Combine("download");
        CopyFolder(Path.Combine(releaseWorkspace, "release"), download);
        var verify = await Run("sha256sum -c SHA256SUMS && tar -xzf " + archive + " && ./spoilergen --version", download, []);
        Assert.True(verify.ExitCode == 0, verify.Describe());
        Assert.EndsWith(version, verify.TrimmedOutput);
        await using (var file = File.OpenWrite(Path.Combine(download, archive))) file.WriteByte(0);
        Assert.NotEqual(0, (await Run("sha256sum -c SHA256SUMS", download, [])).ExitCode);
    }

    [Fact]
    public async Task The_archive_script_refuses_what_is_not_a_release_platform_or_version()
    {
        using var work = TemporaryFolder.OnDisk("release");
        var script = Path.Combine(RepositoryPaths.Root, "scripts", "package-native.sh");
        var executable = work.Combine("spoilergen");
        await File.WriteAllTextAsync(executable, "");

        foreach (var (rid, version) in new[] { ("linux-riscv64", "1.0.0"), ("linux-x64", "one"), ("../x", "1.0.0") })
        {
            var result = await Run($"bash '{script}' '{rid}' '{version}' '{executable}' out", work.Path, []);
            Assert.True(result.ExitCode == 2, result.Describe());
        }
        Assert.False(Directory.Exists(work.Combine("out")));
    }

    private async Task<CommandResult> Run(string script, string folder, Dictionary<string, string?> environment)
    {
        var result = await new CommandRunner(environment).RunAsync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], folder, StepTimeout);
        output.WriteLine(result.Describe());
        return result;
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source)) File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(source)) CopyFolder(folder, Path.Combine(destination, Path.GetFileName(folder)));
    }
}
