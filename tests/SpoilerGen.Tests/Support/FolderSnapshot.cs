using System.Security.Cryptography;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// Every file under a folder with a hash of its bytes: two snapshots are equal exactly when the folders
/// hold the same files with the same bytes. An absent folder has an empty snapshot that says so.
/// </summary>
public sealed record FolderSnapshot(bool Exists, IReadOnlyDictionary<string, string> Files)
{
    public static FolderSnapshot Of(string folder)
    {
        if (!Directory.Exists(folder)) return new FolderSnapshot(false, new Dictionary<string, string>());
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                file => Path.GetRelativePath(folder, file).Replace('\\', '/'),
                file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))),
                StringComparer.Ordinal);
        return new FolderSnapshot(true, files);
    }

    public bool SameAs(FolderSnapshot other) =>
        Exists == other.Exists && Files.Count == other.Files.Count
        && Files.All(file => other.Files.TryGetValue(file.Key, out var hash) && hash == file.Value);

    /// <summary>The names in a folder, for asserting that a build left nothing beside its output.</summary>
    /// <summary>What is beside an output, less the build record and render cache that a successful build keeps there.</summary>
    public static IReadOnlyList<string> NamesBesideOutput(string folder) =>
        [.. NamesIn(folder).Where(name => !name.EndsWith(SpoilerGen.Write.BuildRecord.Suffix, StringComparison.Ordinal)
            && !name.EndsWith(SpoilerGen.Write.RenderCacheFile.Suffix, StringComparison.Ordinal)
            && !name.EndsWith(SpoilerGen.Write.OutputDebris.SpareSuffix, StringComparison.Ordinal))];

    public static IReadOnlyList<string> NamesIn(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public override string ToString() => Exists ? $"{Files.Count} files" : "no folder";
}
