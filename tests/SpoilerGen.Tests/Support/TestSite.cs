using SpoilerGen.Build;
using SpoilerGen.Testing;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// A site written to a temporary folder from strings, built in-process: the same code path as
/// <c>spoilergen build</c>, without starting a process per test.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    /// <param name="rawHtml">whether the config allows raw HTML (<c>markup: { raw_html: true }</c>); off, as by default</param>
    public TestSite(int episodeCount = 12, Func<int, string?>? episodeTitle = null, string baseUrl = "https://example.org/guide/", bool rawHtml = false)
    {
        var episodes = string.Concat(Enumerable.Range(1, episodeCount).Select(i =>
            $"        - id: s01e{i:00}\n" + (episodeTitle?.Invoke(i) is { } title ? $"          title: \"{title}\"\n" : "")));
        WriteFile("spoilergen.yml", $"""
            title: Test guide
            base_url: {baseUrl}
            language: en
            series:
              title: Test series
              seasons:
                - number: 1
                  episodes:
            {episodes}
            """ + (rawHtml ? "markup:\n  raw_html: true\n" : ""));
    }

    public string Root => _folder.Combine("site");

    public string Output => _folder.Combine("out");

    public TestSite WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSite WritePage(string contentPath, string frontMatter, string body) =>
        WriteFile(Path.Combine("content", contentPath), $"---\n{frontMatter.Trim()}\n---\n{body}");

    public BuildResult Build(string? baseUrl = null, bool drafts = false) =>
        SiteBuilder.Build(new BuildOptions(Root, Output, baseUrl, drafts));

    /// <summary>The text of an output file, by its path relative to the output folder.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Every output file under a folder, with its path relative to the output folder.</summary>
    public IEnumerable<(string Path, string Text)> FilesUnder(string relativeFolder = "") =>
        Directory.EnumerateFiles(Path.Combine(Output, relativeFolder), "*", SearchOption.AllDirectories)
            .Select(file => (System.IO.Path.GetRelativePath(Output, file).Replace('\\', '/'), File.ReadAllText(file)));

    public void Dispose() => _folder.Dispose();
}
