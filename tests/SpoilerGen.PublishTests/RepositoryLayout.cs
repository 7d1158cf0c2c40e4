using System.Xml.Linq;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The repository the tests run in: found by walking up from the test assembly's folder to the
/// folder that holds SpoilerGen.sln, so the tests work from any build output path.
/// </summary>
public sealed class RepositoryLayout
{
    // Folders that are build output, caches or tooling, never sources: a copy leaves them out,
    // so that packing the copy behaves like packing a fresh clone (no stale publish folders).
    private static readonly HashSet<string> FoldersNeverCopied = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", "TestResults", ".git", ".vs", ".idea",
    };

    // Top-level folders that the tool's sources do not need.
    private static readonly HashSet<string> TopLevelFoldersNotCopied = new(StringComparer.OrdinalIgnoreCase)
    {
        "tests", "artifacts", "out", "public", "_site",
    };

    private RepositoryLayout(string root) => Root = root;

    public string Root { get; }

    public string SiteFolder => Path.Combine(Root, "site");

    public static RepositoryLayout Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpoilerGen.sln"))) return new RepositoryLayout(folder.FullName);
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SpoilerGen.sln");
    }

    /// <summary>The version every project carries (Directory.Build.props), which the tool package gets.</summary>
    public string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        return props.Descendants("Version").Select(element => element.Value.Trim()).FirstOrDefault(value => value.Length > 0)
            ?? throw new InvalidOperationException("Directory.Build.props sets no <Version>");
    }

    /// <summary>Copies the sources (everything but build output, tests and tooling) into <paramref name="destination"/>.</summary>
    public void CopySourcesTo(string destination)
    {
        var root = new DirectoryInfo(Root);
        Directory.CreateDirectory(destination);
        foreach (var file in root.EnumerateFiles()) file.CopyTo(Path.Combine(destination, file.Name));
        foreach (var folder in root.EnumerateDirectories())
        {
            if (!TopLevelFoldersNotCopied.Contains(folder.Name)) CopyFolder(folder, Path.Combine(destination, folder.Name));
        }
    }

    private static void CopyFolder(DirectoryInfo source, string destination)
    {
        if (FoldersNeverCopied.Contains(source.Name)) return;
        Directory.CreateDirectory(destination);
        foreach (var file in source.EnumerateFiles()) file.CopyTo(Path.Combine(destination, file.Name));
        foreach (var folder in source.EnumerateDirectories()) CopyFolder(folder, Path.Combine(destination, folder.Name));
    }
}
