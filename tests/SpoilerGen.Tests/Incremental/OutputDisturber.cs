using System.Security.Cryptography;
using SpoilerGen.Build;
using SpoilerGen.Load.Jail;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// Disturbs a build's output folder between two builds as a user, a crash or another tool would (<see cref="OutputDisturbanceKind"/>):
/// the next build must publish exactly what a cold build into an empty folder publishes all the same.
/// </summary>
public sealed class OutputDisturber(string siteRoot, string output)
{
    private readonly string _parent = Path.GetDirectoryName(output)!;
    private readonly string _name = Path.GetFileName(output);
    private int _disturbances;

    private string Spare => Path.Combine(_parent, $".{_name}{OutputDebris.SpareSuffix}");

    public void Apply(OutputDisturbanceKind kind, int choice)
    {
        var number = ++_disturbances;
        if (!Directory.Exists(output)) return;
        // Not the marker: without it the folder is not SpoilerGen's, and the build rightly refuses it (SG0501).
        var files = FilesOf(output).Where(path => Path.GetFileName(path) != OutputMarker.FileName).ToList();
        var file = files.Count == 0 ? null : files[choice % files.Count];
        switch (kind)
        {
            case OutputDisturbanceKind.CancelledBuild:
                using (var cancellation = new CancellationTokenSource())
                {
                    var options = new BuildOptions(siteRoot, output, Progress: line =>
                    {
                        if (line.StartsWith("writing the new output", StringComparison.Ordinal) || line.StartsWith("updating the previous build's spare", StringComparison.Ordinal)) cancellation.Cancel();
                    });
                    // A build with nothing to do, or one that fails before it writes, is not cancelled: that is fine too.
                    try
                    {
                        SiteBuilder.Build(options, cancellation.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                break;
            case OutputDisturbanceKind.KilledBuild:
                LeaveKilledStaging(number, choice);
                break;
            case OutputDisturbanceKind.FileDeleted when file is not null:
                File.Delete(file);
                break;
            case OutputDisturbanceKind.FileEditedInPlace when file is not null:
                EditInPlace(file);
                break;
            case OutputDisturbanceKind.FileAdded:
                File.WriteAllText(Path.Combine(output, files.Count == 0 ? "" : Path.GetRelativePath(output, Path.GetDirectoryName(file!)!), $"added{number}.html"), "not the build's\n");
                break;
            case OutputDisturbanceKind.SpareEdited when Directory.Exists(Spare) && FilesOf(Spare) is { Count: > 0 } spareFiles:
                EditInPlace(spareFiles[choice % spareFiles.Count]);
                break;
            case OutputDisturbanceKind.CacheTruncated when File.Exists(Cache):
                var bytes = File.ReadAllBytes(Cache);
                KeepingTimes(Cache, () => File.WriteAllBytes(Cache, bytes[..(choice % Math.Max(1, bytes.Length))]));
                break;
            case OutputDisturbanceKind.CacheCorrupted when File.Exists(Cache):
                KeepingTimes(Cache, () => File.WriteAllBytes(Cache, [.. Enumerable.Range(0, 64 + choice).Select(i => (byte)(i * 37 + choice))]));
                break;
            case OutputDisturbanceKind.CacheFromAnotherTool when File.Exists(Cache):
                RewriteCache(state => PoisonSources(state, number, keepHashes: true) with
                {
                    SiteKey = "another tool's site key", ParseKey = "another tool's parse key",
                });
                break;
            case OutputDisturbanceKind.CacheOfOtherTexts when File.Exists(Cache):
                RewriteCache(state => PoisonSources(state, number, keepHashes: false));
                break;
            case OutputDisturbanceKind.CacheByteFlipped when File.Exists(Cache) && new FileInfo(Cache).Length > 0:
                var flipped = File.ReadAllBytes(Cache);
                flipped[choice % flipped.Length] ^= (byte)(1 << (choice % 8));
                KeepingTimes(Cache, () => File.WriteAllBytes(Cache, flipped));
                break;
            case OutputDisturbanceKind.CacheCutUnderItsHash when File.Exists(Cache) && new FileInfo(Cache).Length > 0:
                ReplaceCache(bytes => bytes[..(choice % bytes.Length)]);
                break;
            case OutputDisturbanceKind.CacheOfAnotherFormatVersion when File.Exists(Cache):
                ReplaceCache(bytes =>
                {
                    var header = Array.IndexOf(bytes, (byte)'\n');
                    if (header > 0) bytes[header - 1] = (byte)(bytes[header - 1] == (byte)'1' ? '2' : '1');
                    return bytes;
                });
                break;
        }
    }

    /// <summary>Replaces the cache's bytes by what <paramref name="change"/> makes of them, and the record's hash by theirs.</summary>
    public void ReplaceCache(Func<byte[], byte[]> change)
    {
        var bytes = change(File.ReadAllBytes(Cache));
        KeepingTimes(Cache, () => File.WriteAllBytes(Cache, bytes));
        if (!File.Exists(Record)) return;
        var hash = Convert.ToHexString(SHA256.HashData(bytes));
        var lines = File.ReadAllLines(Record).Where(line => !line.StartsWith("cache ", StringComparison.Ordinal)).Append($"cache {hash}");
        KeepingTimes(Record, () => File.WriteAllText(Record, string.Join("\n", lines) + "\n"));
    }

    private string Cache => Path.Combine(_parent, $".{_name}{RenderCacheFile.Suffix}");

    /// <summary>
    /// Makes the cache say, under its own keys and hashes, that every source reported warning SG0999: what a next build
    /// reports for a source it does not check again.
    /// </summary>
    public void ClaimFindingInCache() => RewriteCache(state => PoisonSources(state, 0, keepHashes: true));

    /// <summary>
    /// Renames one search term in the cache's table of every language, under its own keys: what a next build's search
    /// indexes hold for a text whose terms it does not read again.
    /// </summary>
    public void RenameSearchTermInCache(string from, string to) => RewriteCache(state => state with
    {
        SearchTerms = state.SearchTerms?.Select(language => language with
        {
            Terms = [.. language.Terms.Select(term => term == from ? to : term)],
        }).ToList(),
    });

    /// <summary>Rewrites the cache as a file of the same build would hold it: the record names the new bytes.</summary>
    private void RewriteCache(Func<RenderCacheState, RenderCacheState> change)
    {
        // An earlier disturbance spoiled it, and the build after it failed: no build trusts it, nothing to rewrite.
        if (RenderCacheFormat.Read(new MemoryStream(File.ReadAllBytes(Cache))) is not { } state) return;
        var bytes = new MemoryStream();
        RenderCacheFormat.Write(bytes, change(state));
        ReplaceCache(_ => bytes.ToArray());
    }

    private string Record => Path.Combine(_parent, $".{_name}{BuildRecord.Suffix}");

    /// <summary>Gives every source a warning no source reports (and, unless told to keep them, a hash of no text).</summary>
    private static RenderCacheState PoisonSources(RenderCacheState state, int number, bool keepHashes) => state with
    {
        // The kept front matter and facts stay: with a hash of no text they must not stand for the source's.
        Sources = state.Sources?.Select(source => source with
        {
            Hash = keepHashes ? source.Hash : $"not this text {number}",
            Diagnostics = [new RecordedDiagnostic("content/poisoned.md", 1, 1, false, "SG0999", "a stale finding")],
        }).ToList(),
    };

    /// <summary>A cache is judged by its record and its build id, not its time; its times are kept all the same, as a copy would keep them.</summary>
    private static void KeepingTimes(string path, Action write)
    {
        var time = File.GetLastWriteTimeUtc(path);
        write();
        File.SetLastWriteTimeUtc(path, time);
    }

    /// <summary>
    /// What a build killed while writing leaves: the spare it took (or a new marked folder), some files replaced by others
    /// of the same size, some hard links of the output's files, a file of no output, and a link to a folder outside.
    /// </summary>
    private void LeaveKilledStaging(int number, int choice)
    {
        var staging = Path.Combine(_parent, $".{_name}.spoilergen-new-killed{number}");
        if (Directory.Exists(Spare))
        {
            Directory.Move(Spare, staging);
            // Links an earlier disturbance left in it, which no build has taken away yet: this writer must not follow them either.
            foreach (var link in Directory.EnumerateFileSystemEntries(staging, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Where(path => new FileInfo(path).LinkTarget is not null).ToList())
            {
                File.Delete(link);
            }
        }
        else
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputMarker.FileName), OutputMarker.Text);
        }
        var outputFiles = FilesOf(output);
        for (var i = choice % 3; i < outputFiles.Count; i += 3)
        {
            var target = Path.Combine(staging, Path.GetRelativePath(output, outputFiles[i]));
            if (Path.GetFileName(target) == OutputMarker.FileName) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Delete(target);
            if (i % 2 == 0) File.CreateSymbolicLink(target, outputFiles[i]);
            else File.WriteAllBytes(target, new byte[new FileInfo(outputFiles[i]).Length]);
        }
        File.WriteAllText(Path.Combine(staging, $"stray{number}.html"), "half a build\n");
        var outside = Path.Combine(_parent, $"outside{number}");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "not SpoilerGen's\n");
        // Where the new output has folders: a write that followed either link would land outside.
        foreach (var tree in new[] { "start", choice % 2 == 0 ? "s01e01" : "assets" })
        {
            var path = Path.Combine(staging, tree);
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            Directory.CreateSymbolicLink(path, outside);
        }
    }

    /// <summary>Every folder this disturber made outside the output holds what it was given: a build never wrote through a link.</summary>
    public void AssertOutsideUntouched()
    {
        foreach (var outside in Directory.EnumerateDirectories(_parent, "outside*"))
        {
            Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(outside).Select(Path.GetFileName));
            Assert.Equal("not SpoilerGen's\n", File.ReadAllText(Path.Combine(outside, "keep.txt")));
        }
    }

    /// <summary>Flips a byte of the file through its own name (every other name of it sees the change) and gives it back its time.</summary>
    private static void EditInPlace(string file)
    {
        var time = File.GetLastWriteTimeUtc(file);
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
        {
            if (stream.Length == 0) stream.WriteByte((byte)'x');
            else
            {
                var first = stream.ReadByte();
                stream.Position = 0;
                stream.WriteByte((byte)(first == 'x' ? 'y' : 'x'));
            }
        }
        File.SetLastWriteTimeUtc(file, time);
    }

    private static List<string> FilesOf(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Order(StringComparer.Ordinal)];
}
