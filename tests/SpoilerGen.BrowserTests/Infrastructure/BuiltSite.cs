using SpoilerGen.Build;
using SpoilerGen.Load;
using SpoilerGen.Load.Configuration;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>The example guide (<c>site/</c>), built by the core library into a folder of its own.</summary>
public sealed class BuiltSite
{
    private BuiltSite(string folder, string basePath, Uri baseUrl, IReadOnlyList<Level> levels, IReadOnlyList<string> pages)
    {
        Folder = folder;
        BasePath = basePath;
        BaseUrl = baseUrl;
        Levels = levels;
        Pages = pages;
    }

    public string Folder { get; }

    /// <summary>The path part of the base URL the site was built with, e.g. <c>/guide/</c>.</summary>
    public string BasePath { get; }

    /// <summary>
    /// The absolute base URL as the build resolved it: the site's own address in canonical and share URLs.
    /// For a path-only base URL its host is <c>SiteConfig.PathOnlyHost</c>, and the site writes such URLs as paths.
    /// </summary>
    public Uri BaseUrl { get; }

    public IReadOnlyList<Level> Levels { get; }

    /// <summary>
    /// Every page as a path relative to the site root, the way a reader's URL ends: <c>""</c> for the
    /// chooser, <c>s01e01/characters/nam-ra/</c> for a folder's index.html, <c>404.html</c> for other files.
    /// </summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>The entry of levels.json for a checkpoint: which tree serves it.</summary>
    public Level LevelOf(int checkpoint) => Levels.Single(level => level.Index == checkpoint);

    /// <summary>The distinct tree folders (<c>start/</c>, <c>s01e01/</c>, …), in checkpoint order.</summary>
    public IReadOnlyList<string> TreePaths => Levels.Select(level => level.Path).Distinct().ToList();

    public static BuiltSite Build(string siteFolder, string outputFolder, string basePath)
    {
        var result = SiteBuilder.Build(new BuildOptions(siteFolder, outputFolder, basePath));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The example guide did not build:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        }
        var pages = Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories)
            .Select(file => PagePath(Path.GetRelativePath(outputFolder, file).Replace(Path.DirectorySeparatorChar, '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!ConfigLoader.TryParseBaseUrl(basePath, out var baseUrl)) throw new ArgumentException($"'{basePath}' is not a base URL", nameof(basePath));
        return new BuiltSite(outputFolder, basePath, baseUrl, Level.ReadAll(outputFolder), pages);
    }

    private static string PagePath(string relativeFile) =>
        relativeFile == "index.html" ? ""
        : relativeFile.EndsWith("/index.html", StringComparison.Ordinal) ? relativeFile[..^"index.html".Length]
        : relativeFile;
}
