using System.Xml.Linq;
using SpoilerGen.Testing;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The repository as the tool package test packs it: the version the package must carry, and a copy of
/// the sources, so that packing behaves as on a fresh clone.
/// </summary>
public static class RepositorySources
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

    /// <summary>The version every project carries (Directory.Build.props), which the tool package gets.</summary>
    public static string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        return props.Descendants("Version").Select(element => element.Value.Trim()).FirstOrDefault(value => value.Length > 0)
            ?? throw new InvalidOperationException("Directory.Build.props sets no <Version>");
    }

    /// <summary>Copies the sources (everything but build output, tests and tooling) into <paramref name="destination"/>.</summary>
    public static void CopyTo(string destination)
    {
        var root = new DirectoryInfo(RepositoryPaths.Root);
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
