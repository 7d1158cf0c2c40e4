using SpoilerGen.Build;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Random byte and line mutations of the example guide (site/, with the default theme's templates as
/// its own): every build ends in a result, with
/// diagnostics at real positions when it fails, and never in an exception. Fixed seed and count, so a
/// failure is reproduced by running the test again; SPOILERGEN_FUZZ_ITERATIONS raises the count and
/// SPOILERGEN_FUZZ_SEED explores other mutations.
/// </summary>
public sealed class ExampleGuideFuzzTests
{
    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_FUZZ_SEED"), out var configured) ? configured : 20261126;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("SPOILERGEN_FUZZ_ITERATIONS"), out var configured) ? configured : 500;

    [Fact]
    public void Mutated_example_guides_end_in_diagnostics_never_in_an_exception()
    {
        using var folder = new TemporaryFolder("fuzz");
        var site = folder.Combine("site");
        CopyFolder(RepositoryPaths.ExampleSite, site, skip: "public");
        // The default theme's templates as the site's own, so that templates are mutated too.
        CopyFolder(Path.Combine(RepositoryPaths.Root, "templates"), Path.Combine(site, "templates"), skip: "assets");
        var sources = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var random = new Random(Seed);
        var mutator = new ExampleGuideMutator(random);

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            // The config is the file most likely to stop a build early: it gets a fair share, not more.
            var file = sources[random.Next(sources.Count)];
            var original = File.ReadAllBytes(file);
            var mutated = mutator.Mutate(original);
            File.WriteAllBytes(file, mutated);
            try
            {
                var result = SiteBuilder.Build(new BuildOptions(site, folder.Combine("out")));
                Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError), "a failed build reports an error");
                Assert.All(result.Diagnostics, d => Assert.True(d.Position.Line >= 1 && d.Position.Column >= 1, $"{d} has no real position"));
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"iteration {iteration}: mutating {Path.GetRelativePath(site, file)} made the build throw " +
                    $"{exception.GetType().Name}: {exception.Message}\nmutated file (base64): {Convert.ToBase64String(mutated)}\n{exception}");
            }
            finally
            {
                File.WriteAllBytes(file, original);
            }
        }
    }

    private static void CopyFolder(string from, string to, string skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] == skip) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
