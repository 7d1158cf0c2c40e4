using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Write;

/// <summary>
/// What an output was built from and what it holds, kept beside the output (<c>.public.spoilergen-build</c>,
/// next to its lock file): when the sources' fingerprint is the same and the output is still exactly as that
/// build left it, a build has nothing to do, and says so with the counts of the build that made it.
/// </summary>
/// <remarks>
/// Never inside the output: the output is published, and a hash of every source or a count of pages depends
/// on every tree, so it would tell an early reader that later content changed. The warnings of the build are
/// kept too: a build with nothing to do reports exactly what the build that made the output reported.
/// </remarks>
/// <param name="BuildId">Names this build, so that the render cache written beside it (<see cref="RenderCacheFile"/>) is known to be its own.</param>
public sealed record BuildRecord(string Sources, string Listing, int PageCount, int TreeCount, int FileCount, string BuildId, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>A hash of the render cache's bytes as the build wrote them; null when it wrote none. A cache whose bytes differ is not read.</summary>
    public string? CacheHash { get; init; }

    /// <summary>What follows ".{output folder name}" in the record's file name.</summary>
    public const string Suffix = ".spoilergen-build";

    public string ToText()
    {
        var text = new StringBuilder($"sources {Sources}\nlisting {Listing}\ncounts {PageCount} {TreeCount} {FileCount}\nbuild {BuildId}\n");
        if (CacheHash is not null) text.Append("cache ").Append(CacheHash).Append('\n');
        foreach (var warning in Warnings) text.Append("warning ").Append(JsonSerializer.Serialize(RecordedDiagnostic.From(warning), BuildStateJsonContext.Default.RecordedDiagnostic)).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> may be written or removed: absent, or a regular file. A folder,
    /// link or special file there is someone else's, and is left alone (the build then keeps no record).
    /// </summary>
    public static bool IsOursToReplace(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path) || info.LinkTarget is not null) return false;
            return !info.Exists || Load.Jail.FileStatus.IsRegularFile(path);
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return false;
        }
    }

    /// <summary>
    /// The record at <paramref name="recordPath"/>, if the output in <paramref name="outputFolder"/> still holds exactly
    /// the files its build wrote (the same names and sizes) and none was changed after it (by its modification time, and
    /// by its change time where the system tells it: a link made to it or removed counts too); null otherwise.
    /// </summary>
    /// <param name="identities">Each file's identity as it was checked, by its path in the output (empty where the system cannot tell them).</param>
    internal static BuildRecord? ReadIfIntact(string outputFolder, string recordPath, out IReadOnlyDictionary<string, FileIdentity> identities)
    {
        var checkedFiles = new Dictionary<string, FileIdentity>(StringComparer.Ordinal);
        identities = checkedFiles;
        try
        {
            var path = recordPath;
            if (!IsOursToReplace(path)) return null;
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || Parse(File.ReadAllText(path)) is not { } record) return null;
            var recordedAt = info.LastWriteTimeUtc;
            var files = new List<(string Path, long Length)>();
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
            // The files as DirectoryInfo.EnumerateFiles lists them, without a FileInfo and a normalized relative path made for
            // each of the output's thousands: their full paths, cut after the root.
            var entries = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };
            foreach (var fullPath in entries)
            {
                var relative = fullPath[(root.Length + 1)..].Replace('\\', '/');
                // One statx tells all of it where the system gives it: the output has thousands of files.
                if (NativeFileSystem.Identity(fullPath) is { } identity)
                {
                    // A file edited and given back its old time still has a later change time, which no call can set back.
                    if (identity.IsSymbolicLink || identity.ModifiedAt > recordedAt || identity.ChangedAt > recordedAt) return null;
                    checkedFiles[relative] = identity;
                    files.Add((relative, identity.Size));
                    continue;
                }
                var file = new FileInfo(fullPath);
                if (file.LinkTarget is not null || file.LastWriteTimeUtc > recordedAt) return null;
                files.Add((relative, file.Length));
            }
            if (ListingOf(files) == record.Listing) return record;
            checkedFiles.Clear();
            return null;
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return null;
        }
    }

    /// <summary>A hash of the files of an output, by name and size, whatever order they are given in.</summary>
    public static string ListingOf(IEnumerable<(string Path, long Length)> files)
    {
        // The hash of "path\tlength\n" per file in ordinal order, fed line by line: at 12,600 files a sorted copy of the
        // tuples, one string of them all and its UTF-8 bytes cost more than the hash.
        var sorted = files.ToArray();
        var paths = new string[sorted.Length];
        for (var index = 0; index < sorted.Length; index++) paths[index] = sorted[index].Path;
        Array.Sort(paths, sorted, StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        var bytes = new byte[1024];
        foreach (var (path, length) in sorted)
        {
            line.Clear().Append(path).Append('\t').Append(length).Append('\n');
            var text = line.ToString();
            var count = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (count > bytes.Length) bytes = new byte[count];
            hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(text, bytes));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static BuildRecord? Parse(string text)
    {
        string? sources = null, listing = null, buildId = null, cacheHash = null;
        int[]? counts = null;
        var warnings = new List<Diagnostic>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = line.IndexOf(' ') is var space and > 0 ? (line[..space], line[(space + 1)..]) : (line, "");
            switch (key)
            {
                case "sources": sources = value; break;
                case "listing": listing = value; break;
                case "counts":
                    var parts = value.Split(' ');
                    if (parts.Length != 3 || !parts.All(part => int.TryParse(part, out _))) return null;
                    counts = [.. parts.Select(int.Parse)];
                    break;
                case "build": buildId = value; break;
                case "cache": cacheHash = value; break;
                case "warning":
                    if (RecordedDiagnostic.Parse(value) is not { } warning) return null;
                    warnings.Add(warning);
                    break;
                default: return null;
            }
        }
        return sources is null || listing is null || counts is null || buildId is null ? null
            : new BuildRecord(sources, listing, counts[0], counts[1], counts[2], buildId, warnings) { CacheHash = cacheHash };
    }
}
