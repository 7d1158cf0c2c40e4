using SpoilerGen.Build;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Build;

/// <summary>Builds the example guide in <c>site/</c> once for all the tests that read it.</summary>
public sealed class ExampleSiteFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ExampleSiteFixture()
    {
        Result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.ExampleSite, Output, "https://example.github.io/guide/"));
    }

    public BuildResult Result { get; }

    public string Output => _folder.Combine("out");

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public IEnumerable<(string Path, string Text)> FilesUnder(string relativeFolder) =>
        Directory.EnumerateFiles(Path.Combine(Output, relativeFolder), "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(Output, file).Replace('\\', '/'), File.ReadAllText(file)));

    public void Dispose() => _folder.Dispose();
}
