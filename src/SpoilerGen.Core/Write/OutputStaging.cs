using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using SpoilerGen.Check;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Render;
using SpoilerGen.Render.Incremental;
using SpoilerGen.Render.Output;

namespace SpoilerGen.Write;

/// <summary>
/// The new output, written into a folder beside the old one as the render stage finishes each file, and
/// swapped in by <see cref="Commit"/> only when everything succeeded. A file whose bytes did not change is
/// hard-linked from the previous output instead of written again, so its timestamp stays as it was.
/// The folder is the output that the last swap retired (<see cref="SpareOutput"/>) where there is one, updated in
/// place: after a small edit most of its files are already the output's own, and neither linked nor written.
/// Disposing staging that was never committed keeps it as the spare (or removes it): the previous output is left
/// exactly as it was.
/// </summary>
public sealed class OutputStaging : IOutputSink, IDisposable
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    // Pages up to this many characters are encoded into pooled buffers; larger ones into arrays of their own.
    private const int PooledTextLength = 256 * 1024;

    private readonly OutputTarget _target;
    private readonly DiagnosticBag _diagnostics;
    private readonly Action<string> _progress;
    private readonly SpareOutput? _spare;
    private readonly ConcurrentDictionary<string, byte> _createdFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _writtenFiles = new(StringComparer.Ordinal);
    private readonly StaticFileMarkupCheck _staticCheck = new();
    private int _failed;
    private bool _committed;
    private BuildRecord? _record;
    private RenderCache? _cache;
    private CheckedSources? _checkedSources;
    private byte[]? _lintTexts;

    private OutputStaging(OutputTarget target, string folder, SpareOutput? spare, DiagnosticBag diagnostics, Action<string> progress)
    {
        _target = target;
        _spare = spare;
        Folder = folder;
        _diagnostics = diagnostics;
        _progress = progress;
    }

    /// <summary>The staging folder: hidden beside the output, named so that a later build recognises it.</summary>
    public string Folder { get; }

    public int FileCount => _writtenFiles.Count;

    internal static OutputStaging? Begin(OutputTarget target, DiagnosticBag diagnostics, Action<string> progress)
    {
        var folder = target.Debris.NewStagingPath();
        SpareOutput? spare = null;
        try
        {
            // The spare carries the marker already; a new folder is marked from its first moment, so that a build
            // killed now leaves debris the next build may remove or keep.
            spare = SpareOutput.Take(target.Debris.SparePath, folder);
            var previousMarker = Path.Combine(target.Folder, OutputMarker.FileName);
            if (spare is null)
            {
                Directory.CreateDirectory(folder);
                var marker = Path.Combine(folder, OutputMarker.FileName);
                if (!IsExactMarker(previousMarker) || !NativeFileSystem.TryHardLink(previousMarker, marker)) File.WriteAllText(marker, OutputMarker.Text, Utf8WithoutMark);
            }
            else
            {
                WriteMarkerOver(folder, previousMarker);
            }
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            TryDelete(folder);
            diagnostics.Error(PositionOf(target), DiagnosticCodes.OutputWriteFailed, OutputFailure.Describe("could not start writing the output", exception));
            return null;
        }
        progress(spare is null ? $"writing the new output into {folder}" : $"updating the previous build's spare ({spare.FileCount} files) into the new output at {folder}");
        return new OutputStaging(target, folder, spare, diagnostics, progress);
    }

    /// <summary>
    /// Gives the spare the marker's exact text without writing through its file, which may be the output's marker
    /// under a second name: a new file is renamed over it. The previous output's marker, when exact, is that new file
    /// (a hard link), so the marker keeps its copy and time as every unchanged file does: sync tools see no change there.
    /// </summary>
    private static void WriteMarkerOver(string folder, string previousMarker)
    {
        var marker = Path.Combine(folder, OutputMarker.FileName);
        var previousIsExact = IsExactMarker(previousMarker);
        if (IsExactMarker(marker) && (!previousIsExact || IsSameFile(marker, previousMarker))) return;
        var written = Path.Combine(folder, OutputMarker.FileName + ".new");
        File.Delete(written);
        if (!previousIsExact || !NativeFileSystem.TryHardLink(previousMarker, written)) File.WriteAllText(written, OutputMarker.Text, Utf8WithoutMark);
        File.Move(written, marker, overwrite: true);
    }

    /// <summary>Whether the path is a regular file (not a link to one) holding exactly the marker's text.</summary>
    private static bool IsExactMarker(string path) =>
        NativeFileSystem.Identity(path) is { IsRegularFile: true } && FileComparison.SameContent(path, Utf8WithoutMark.GetBytes(OutputMarker.Text));

    private static bool IsSameFile(string path, string other) =>
        NativeFileSystem.Identity(path) is { } identity && NativeFileSystem.Identity(other) is { } otherIdentity && identity.IsSameFile(otherIdentity);

    /// <summary>Writes one file; after the first failure the rest are skipped, and the failure is reported once.</summary>
    public void Add(OutputFile file)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        if (!_writtenFiles.TryAdd(file.RelativePath, -1))
        {
            // The model and renderer refuse two sources for one path; reaching this is a bug, not an input.
            throw new InvalidOperationException($"two files were rendered for the output path '{file.RelativePath}'");
        }
        try
        {
            var path = Path.Combine(Folder, file.RelativePath);
            var previous = Path.Combine(_target.Folder, file.RelativePath);
            // Most files after a small edit are the spare's entry already, the output's very file: their folder is there, and
            // making it again (a mkdir and a stat each, and the spare's names above it looked up) cost more than the rest.
            if (file is UnchangedOutputFile && KeptFromSpare(file.RelativePath, previous, path) is { } keptSize)
            {
                _writtenFiles[file.RelativePath] = keptSize;
                return;
            }
            EnsureFolder(Path.GetDirectoryName(path)!);
            switch (file)
            {
                case TextOutputFile { Text.Length: > PooledTextLength } text:
                    // A very large page gets an array of its exact size: a pooled one sized for the worst case would be
                    // three times as large, and the pool would keep it for the rest of the build.
                    var bytes = Utf8WithoutMark.GetBytes(text.Text);
                    WriteBytes(file.RelativePath, path, previous, bytes);
                    _writtenFiles[file.RelativePath] = bytes.Length;
                    break;
                case TextOutputFile text:
                    // Encoded into a pooled buffer: a large site's pages would otherwise each allocate their bytes once more.
                    var buffer = ArrayPool<byte>.Shared.Rent(Utf8WithoutMark.GetMaxByteCount(text.Text.Length));
                    try
                    {
                        var length = Utf8WithoutMark.GetBytes(text.Text, buffer);
                        WriteBytes(file.RelativePath, path, previous, buffer.AsSpan(0, length));
                        _writtenFiles[file.RelativePath] = length;
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                    break;
                case BinaryOutputFile binary:
                    WriteBytes(file.RelativePath, path, previous, binary.Content);
                    _writtenFiles[file.RelativePath] = binary.Content.Length;
                    break;
                case UnchangedOutputFile:
                    _writtenFiles[file.RelativePath] = TakeUnchanged(file.RelativePath, previous, path);
                    break;
                case CompressedOutputFile or DeferredOutputFile:
                    var content = file is CompressedOutputFile compressed ? compressed.Bytes() : ((DeferredOutputFile)file).Bytes();
                    WriteBytes(file.RelativePath, path, previous, content);
                    _writtenFiles[file.RelativePath] = content.Length;
                    break;
                case CopiedOutputFile copied:
                    using (var source = SiteFileHandle.TryOpen(copied.Source, out var problem, out var code))
                    {
                        if (source is null)
                        {
                            // Checked at load, swapped since: its new target is never copied, and the build fails.
                            Interlocked.Exchange(ref _failed, 1);
                            _diagnostics.Error(SourcePosition.StartOf(copied.Source.DisplayPath), code, problem);
                            break;
                        }
                        if (StaticFileMarkupCheck.IsText(copied.Source))
                        {
                            // Read once, and the bytes checked are the bytes written: a file edited since the load is checked
                            // as it is now. Spoiler markup fails the build at its line; the other files are still checked.
                            var checkedBytes = source.ReadAllBytes();
                            if (!_staticCheck.Passes(copied.Source, checkedBytes, _diagnostics)) break;
                            WriteBytes(file.RelativePath, path, previous, checkedBytes);
                            _writtenFiles[file.RelativePath] = checkedBytes.Length;
                            break;
                        }
                        _writtenFiles[file.RelativePath] = Copy(source, file.RelativePath, path, previous);
                    }
                    break;
                default:
                    throw new InvalidOperationException($"unknown output file kind {file.GetType().Name}");
            }
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            if (Interlocked.Exchange(ref _failed, 1) == 0)
            {
                _diagnostics.Error(PositionOf(_target), DiagnosticCodes.OutputWriteFailed,
                    OutputFailure.Describe($"could not write '{file.RelativePath}'", exception));
            }
        }
    }

    /// <summary>
    /// Prepares the <see cref="BuildRecord"/> of this output and its render cache, written beside it once it is in
    /// place: a next build from the same sources can tell that it has nothing to do (and reports these warnings
    /// again), and a next build after an edit renders only what the edit touched.
    /// </summary>
    /// <param name="sources">The sources' fingerprint; null when it could not be taken: then a next build always renders.</param>
    /// <param name="checkedSources">The content files this build read and checked, kept in the cache for the next build.</param>
    /// <param name="lintTexts">The author's lints' page texts of each language in the cache's form (<see cref="RenderCacheFile.KeptLintTexts"/>), kept for the next build.</param>
    public void Record(string? sources, int pageCount, int treeCount, IReadOnlyList<Diagnostic> warnings, RenderCache? cache, CheckedSources? checkedSources = null,
        byte[]? lintTexts = null)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        var files = _writtenFiles.Select(file => (file.Key, file.Value))
            .Append((OutputMarker.FileName, (long)Utf8WithoutMark.GetByteCount(OutputMarker.Text)));
        // No fingerprint matches an empty one: the record still vouches for the files, for the cache.
        _record = new BuildRecord(sources ?? "", BuildRecord.ListingOf(files), pageCount, treeCount, FileCount, Guid.NewGuid().ToString("N"), warnings);
        _cache = cache;
        _checkedSources = checkedSources;
        _lintTexts = lintTexts;
    }

    /// <summary>
    /// Writes the cache and then the record beside the output, after the swap: the record's time is what later
    /// changes are judged by, and a cache without its record is never trusted.
    /// </summary>
    private void WriteRecord()
    {
        var path = _target.Debris.RecordPath;
        if (_record is null || !BuildRecord.IsOursToReplace(path)) return;
        var cacheHash = _cache is null ? null : RenderCacheFile.Write(_target.Debris.CachePath, _cache, _record.BuildId, _checkedSources, _lintTexts);
        try
        {
            File.WriteAllText(path, (_record with { CacheHash = cacheHash }).ToText(), Utf8WithoutMark);
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            // Without a record the next build simply does all its work again.
            TryDeleteFile(path);
        }
    }

    /// <summary>The previous output's record goes before the swap: it must never vouch for the new output.</summary>
    private void RemovePreviousRecord()
    {
        if (BuildRecord.IsOursToReplace(_target.Debris.RecordPath)) TryDeleteFile(_target.Debris.RecordPath);
        RenderCacheFile.Remove(_target.Debris.CachePath);
    }

    /// <summary>
    /// Puts the new output in place of the old one: in one atomic exchange where the system offers it, else
    /// in two renames whose gap a next build repairs (<see cref="OutputDebris"/>). Then keeps the old output as the
    /// next build's spare (or removes it).
    /// </summary>
    /// <returns>False, with the error reported, when the swap failed; the previous output is then in place.</returns>
    public bool Commit()
    {
        if (_failed != 0) return false;
        var output = _target.Folder;
        try
        {
            if (_spare is not null)
            {
                var removed = _spare.Sweep(new HashSet<string>(_writtenFiles.Keys.Append(OutputMarker.FileName), StringComparer.Ordinal));
                _progress($"removed {removed} files of the spare that the new output does not hold");
            }
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            _diagnostics.Error(PositionOf(_target), DiagnosticCodes.OutputWriteFailed, OutputFailure.Describe("could not finish the new output", exception));
            return false;
        }
        RemovePreviousRecord();
        try
        {
            if (!Directory.Exists(output))
            {
                Directory.Move(Folder, output);
                _committed = true;
                _progress($"moved the new output into place at {output}");
                WriteRecord();
                return true;
            }
            if (NativeFileSystem.TryExchange(Folder, output))
            {
                _committed = true;
                _progress($"exchanged the new output with the previous one at {output}");
                WriteRecord();
                Retire(Folder);
                return true;
            }

            var retired = _target.Debris.NewRetiredPath();
            Directory.Move(output, retired);
            try
            {
                Directory.Move(Folder, output);
            }
            catch
            {
                Directory.Move(retired, output);
                throw;
            }
            _committed = true;
            _progress($"renamed the new output into place at {output}");
            WriteRecord();
            Retire(retired);
            return true;
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            _diagnostics.Error(PositionOf(_target), DiagnosticCodes.OutputWriteFailed,
                OutputFailure.Describe("could not put the new output in place", exception));
            return false;
        }
    }

    public void Dispose()
    {
        if (_committed) return;
        // Beside an output, a half-written staging folder is as good a spare as any (nothing in a spare is trusted); a
        // build that never made an output leaves nothing behind it.
        if (!_target.HasPreviousOutput || !TryKeepAsSpare(Folder)) TryDelete(Folder);
    }

    /// <summary>Keeps the output the swap retired as the next build's spare; removes it where that is not possible.</summary>
    private void Retire(string folder)
    {
        if (TryKeepAsSpare(folder)) _progress($"kept the previous output as the next build's spare at {_target.Debris.SparePath}");
        else RemovePrevious(folder);
    }

    /// <summary>
    /// Moves a marked folder to where the spare goes, if nothing is there: a folder <c>--force</c> replaced is someone
    /// else's and unmarked, and is removed as before.
    /// </summary>
    private bool TryKeepAsSpare(string folder)
    {
        try
        {
            if (!_target.Debris.SpareIsFree || !SpareOutput.IsOurs(folder)) return false;
            Directory.Move(folder, _target.Debris.SparePath);
            return true;
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return false;
        }
    }

    private void RemovePrevious(string folder)
    {
        _progress($"removing the previous output, now at {folder}");
        if (!TryDelete(folder))
        {
            _diagnostics.Warning(PositionOf(_target), DiagnosticCodes.OutputWriteFailed,
                $"the new output is in place, but the previous one could not be removed from {folder}; the next build removes it");
        }
    }

    /// <summary>Copies the open source file, or keeps the spare's copy or hard-links the previous output's when its bytes are the same.</summary>
    private long Copy(SiteFileHandle source, string relativePath, string path, string previous)
    {
        using var stream = source.OpenStream();
        if (SpareHolds(relativePath, path) && FileComparison.SameContent(stream, path)) return stream.Length;
        _spare?.Clear(relativePath);
        if (FileComparison.SameContent(stream, previous) && NativeFileSystem.TryHardLink(previous, path)) return stream.Length;
        stream.Position = 0;
        using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.CopyTo(target);
        return target.Length;
    }

    /// <summary>
    /// Takes a file whose inputs did not change from the previous output, where the spare's entry is not that very file
    /// (<see cref="KeptFromSpare"/>): a new hard link, else a copy.
    /// </summary>
    private long TakeUnchanged(string relativePath, string previous, string path)
    {
        _spare?.Clear(relativePath);
        if (!NativeFileSystem.TryHardLink(previous, path)) File.Copy(previous, path);
        return new FileInfo(path).Length;
    }

    /// <summary>
    /// The size of the spare's entry at <paramref name="relativePath"/> when it is the output's very file under that name (an
    /// earlier build's hard link), which then stays as it is; null when it is not.
    /// </summary>
    private long? KeptFromSpare(string relativePath, string previous, string path) =>
        _spare?.HasFile(relativePath) == true && (_spare.ListedIdentity(relativePath) ?? NativeFileSystem.Identity(path)) is { IsRegularFile: true } kept
            && PreviousIdentity(relativePath, previous) is { IsRegularFile: true } taken && kept.IsSameFile(taken)
            ? kept.Size
            : null;

    /// <summary>The output's file as the record's check saw it at the start of this build, else as it is now.</summary>
    private FileIdentity? PreviousIdentity(string relativePath, string previous) =>
        _target.PreviousFiles.TryGetValue(relativePath, out var identity) ? identity : NativeFileSystem.Identity(previous);

    /// <summary>
    /// Writes the bytes as a new file, unless the spare's entry already holds exactly them or the previous output's
    /// file does (then hard-linked). Whatever the spare held under the name is unlinked first, never written through.
    /// </summary>
    private void WriteBytes(string relativePath, string path, string previous, ReadOnlySpan<byte> content)
    {
        if (SpareHolds(relativePath, path) && FileComparison.SameContent(path, content)) return;
        _spare?.Clear(relativePath);
        if (FileComparison.SameContent(previous, content) && NativeFileSystem.TryHardLink(previous, path)) return;
        if (!NativeFileSystem.TryWriteNewFile(path, content)) File.WriteAllBytes(path, content);
    }

    /// <summary>Whether the spare holds a regular file under the name: only such a file's bytes are read.</summary>
    private bool SpareHolds(string relativePath, string path) =>
        _spare?.HasFile(relativePath) == true && NativeFileSystem.Identity(path) is { IsRegularFile: true };

    private void EnsureFolder(string folder)
    {
        if (_createdFolders.ContainsKey(folder)) return;
        // A file of the spare where the new output has a folder goes first.
        _spare?.ClearFilesAbove(Path.GetRelativePath(Folder, folder).Replace('\\', '/'));
        Directory.CreateDirectory(folder);
        _createdFolders.TryAdd(folder, 0);
    }

    private static SourcePosition PositionOf(OutputTarget target) => SourcePosition.StartOf(DisplayPath.For(target.Folder));

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            // Left behind, it does not match the output's files, so no build trusts it.
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) FolderRemoval.Delete(folder);
            return true;
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return false;
        }
    }
}
