using System.Security.Cryptography;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Everything in a folder, recorded without following symlinks and without opening anything but
/// regular files: each entry's relative path with its content hash, link target or kind.
/// </summary>
public sealed record FolderSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    public static FolderSnapshot Of(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder)) Add(folder, "", entries);
        return new FolderSnapshot(entries);
    }

    private static void Add(string folder, string prefix, SortedDictionary<string, string> entries)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var name = prefix + entry.Name;
            if (entry.Name.Contains('\uFFFD')) entries[name] = "a name that is not UTF-8";
            else if (entry.LinkTarget is { } target) entries[name] = "link -> " + target;
            else if (entry is DirectoryInfo directory)
            {
                entries[name] = "folder";
                Add(directory.FullName, name + "/", entries);
            }
            else if (FileStatus.IsRegularFile(entry.FullName)) entries[name] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            else entries[name] = "special file";
        }
    }

    /// <summary>What differs from <paramref name="other"/>, one line per entry; empty when nothing does.</summary>
    public string DifferencesFrom(FolderSnapshot other)
    {
        var names = Entries.Keys.Union(other.Entries.Keys).Order(StringComparer.Ordinal);
        return string.Join("\n", names
            .Where(name => Entries.GetValueOrDefault(name) != other.Entries.GetValueOrDefault(name))
            .Select(name => $"{name}: {other.Entries.GetValueOrDefault(name) ?? "(absent)"} -> {Entries.GetValueOrDefault(name) ?? "(absent)"}"));
    }
}
