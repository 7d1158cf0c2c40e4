using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Render;
using SpoilerGen.Render.Incremental;

namespace SpoilerGen.Write;

/// <summary>
/// The new output, written into a folder beside the old one as the render stage finishes each file, and
/// swapped in by <see cref="Commit"/> only when everything succeeded. A file whose bytes did not change is
/// hard-linked from the previous output instead of written again, so its timestamp stays as it was.
/// Disposing staging that was never committed removes it: the previous output is left exactly as it was.
/// </summary>
public sealed class OutputStaging : IOutputSink, IDisposable
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    // Pages up to this many characters are encoded into pooled buffers; larger ones into arrays of their own.
    private const int PooledTextLength = 256 * 1024;

    private readonly OutputTarget _target;
    private readonly DiagnosticBag _diagnostics;
    private readonly Action<string> _progress;
    private readonly ConcurrentDictionary<string, byte> _createdFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _writtenFiles = new(StringComparer.Ordinal);
    private int _failed;
    private bool _committed;
    private BuildRecord? _record;
    private RenderCache? _cache;

    private OutputStaging(OutputTarget target, string folder, DiagnosticBag diagnostics, Action<string> progress)
    {
        _target = target;
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
        try
        {
            Directory.CreateDirectory(folder);
            // Marked from its first moment, so that a build killed now leaves debris the next build may remove.
            File.WriteAllText(Path.Combine(folder, OutputMarker.FileName), OutputMarker.Text, Utf8WithoutMark);
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            TryDelete(folder);
            diagnostics.Error(PositionOf(target), DiagnosticCodes.OutputWriteFailed, OutputFailure.Describe("could not start writing the output", exception));
            return null;
        }
        progress($"writing the new output into {folder}");
        return new OutputStaging(target, folder, diagnostics, progress);
    }

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
            EnsureFolder(Path.GetDirectoryName(path)!);
            var previous = Path.Combine(_target.Folder, file.RelativePath);
            switch (file)
            {
                case TextOutputFile { Text.Length: > PooledTextLength } text:
                    // A very large page gets an array of its exact size: a pooled one sized for the worst case would be
                    // three times as large, and the pool would keep it for the rest of the build.
                    var bytes = Utf8WithoutMark.GetBytes(text.Text);
                    WriteBytes(path, previous, bytes);
                    _writtenFiles[file.RelativePath] = bytes.Length;
                    break;
                case TextOutputFile text:
                    // Encoded into a pooled buffer: a large site's pages would otherwise each allocate their bytes once more.
                    var buffer = ArrayPool<byte>.Shared.Rent(Utf8WithoutMark.GetMaxByteCount(text.Text.Length));
                    try
                    {
                        var length = Utf8WithoutMark.GetBytes(text.Text, buffer);
                        WriteBytes(path, previous, buffer.AsSpan(0, length));
                        _writtenFiles[file.RelativePath] = length;
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                    break;
                case BinaryOutputFile binary:
                    WriteBytes(path, previous, binary.Content);
                    _writtenFiles[file.RelativePath] = binary.Content.Length;
                    break;
                case UnchangedOutputFile:
                    _writtenFiles[file.RelativePath] = TakeUnchanged(previous, path);
                    break;
                case CompressedOutputFile or DeferredOutputFile:
                    var content = file is CompressedOutputFile compressed ? compressed.Bytes() : ((DeferredOutputFile)file).Bytes();
                    WriteBytes(path, previous, content);
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
                        _writtenFiles[file.RelativePath] = Copy(source, path, previous);
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
    public void Record(string? sources, int pageCount, int treeCount, IReadOnlyList<Diagnostic> warnings, RenderCache? cache)
    {
        if (Volatile.Read(ref _failed) != 0) return;
        var files = _writtenFiles.Select(file => (file.Key, file.Value))
            .Append((OutputMarker.FileName, (long)Utf8WithoutMark.GetByteCount(OutputMarker.Text)));
        // No fingerprint matches an empty one: the record still vouches for the files, for the cache.
        _record = new BuildRecord(sources ?? "", BuildRecord.ListingOf(files), pageCount, treeCount, FileCount, Guid.NewGuid().ToString("N"), warnings);
        _cache = cache;
    }

    /// <summary>
    /// Writes the cache and then the record beside the output, after the swap: the record's time is what later
    /// changes are judged by, and a cache without its record is never trusted.
    /// </summary>
    private void WriteRecord()
    {
        var path = _target.Debris.RecordPath;
        if (_record is null || !BuildRecord.IsOursToReplace(path)) return;
        if (_cache is not null) RenderCacheFile.Write(_target.Debris.CachePath, _cache, _record.BuildId);
        try
        {
            File.WriteAllText(path, _record.ToText(), Utf8WithoutMark);
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
    /// in two renames whose gap a next build repairs (<see cref="OutputDebris"/>). Then removes the old output.
    /// </summary>
    /// <returns>False, with the error reported, when the swap failed; the previous output is then in place.</returns>
    public bool Commit()
    {
        if (_failed != 0) return false;
        var output = _target.Folder;
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
                RemovePrevious(Folder);
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
            RemovePrevious(retired);
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
        if (!_committed) TryDelete(Folder);
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

    /// <summary>Copies the open source file, or hard-links the previous output's copy when its bytes are the same.</summary>
    private static long Copy(SiteFileHandle source, string path, string previous)
    {
        using var stream = source.OpenStream();
        if (FileComparison.SameContent(stream, previous) && NativeFileSystem.TryHardLink(previous, path)) return stream.Length;
        stream.Position = 0;
        using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.CopyTo(target);
        return target.Length;
    }

    /// <summary>Takes a file whose inputs did not change from the previous output: a hard link, else a copy.</summary>
    private static long TakeUnchanged(string previous, string path)
    {
        if (!NativeFileSystem.TryHardLink(previous, path)) File.Copy(previous, path);
        return new FileInfo(path).Length;
    }

    private static void WriteBytes(string path, string previous, ReadOnlySpan<byte> content)
    {
        if (FileComparison.SameContent(previous, content) && NativeFileSystem.TryHardLink(previous, path)) return;
        if (!NativeFileSystem.TryWriteNewFile(path, content)) File.WriteAllBytes(path, content);
    }

    private void EnsureFolder(string folder)
    {
        if (_createdFolders.ContainsKey(folder)) return;
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
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            return false;
        }
    }
}
