using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Jail;
using SpoilerGen.Render.Incremental;

namespace SpoilerGen.Write;

/// <summary>
/// The output folder of one build, opened before anything is loaded: checked by
/// <see cref="OutputFolderGuard"/>, locked against other builds, and cleared of what killed builds left
/// beside it. Disposing it releases the lock, and removes the folders above the output that this build made
/// when it leaves them empty (a build that fails writes nothing, and leaves nothing behind).
/// </summary>
public sealed class OutputTarget : IDisposable
{
    private readonly OutputLock _lock;
    private readonly Action<string> _progress;
    private readonly IReadOnlyList<string> _madeFolders;

    private OutputTarget(string folder, OutputDebris debris, OutputLock outputLock, Action<string> progress, IReadOnlyList<string> madeFolders)
    {
        Folder = folder;
        Debris = debris;
        _lock = outputLock;
        _progress = progress;
        _madeFolders = madeFolders;
    }

    /// <summary>The output folder with every symbolic link resolved: what is really replaced.</summary>
    public string Folder { get; }

    internal OutputDebris Debris { get; }

    /// <summary>Where the build record of this output is kept, beside it.</summary>
    public string RecordPath => Debris.RecordPath;

    /// <summary>The record of the build that made the output, if the output is exactly as that build left it; else null.</summary>
    public BuildRecord? PreviousRecord()
    {
        var record = BuildRecord.ReadIfIntact(Folder, RecordPath, out var identities);
        PreviousFiles = identities;
        return record;
    }

    /// <summary>
    /// The identity of each file of the output as <see cref="PreviousRecord"/> checked it, under this build's lock: which
    /// file of the spare is the output's own under a second name needs no second look at the output.
    /// </summary>
    internal IReadOnlyDictionary<string, FileIdentity> PreviousFiles { get; private set; } = new Dictionary<string, FileIdentity>();

    /// <summary>The render cache that the build of <paramref name="record"/> kept (null when there is none to trust): what the next build reuses.</summary>
    public RenderCache? PreviousCache(BuildRecord record) => RenderCacheFile.Read(Debris.CachePath, record.BuildId, record.CacheHash);

    /// <summary>Whether a previous output is there, which a failed build leaves as it was.</summary>
    public bool HasPreviousOutput => Directory.Exists(Folder);

    /// <summary>Opens the output folder, or reports why it cannot be written and returns null.</summary>
    public static OutputTarget? Open(string siteRoot, string outputFolder, bool force, DiagnosticBag diagnostics, Action<string>? progress = null)
    {
        progress ??= _ => { };
        var position = SourcePosition.StartOf(string.IsNullOrWhiteSpace(outputFolder) ? "--output" : DisplayPath.For(outputFolder));
        if (OutputFolderGuard.Problem(siteRoot, outputFolder, force) is { } problem)
        {
            diagnostics.Error(position, DiagnosticCodes.OutputFolderRefused, problem);
            return null;
        }

        var folder = ResolvedPath.Of(outputFolder);
        var debris = new OutputDebris(folder);
        OutputLock? outputLock = null;
        IReadOnlyList<string> madeFolders = [];
        try
        {
            madeFolders = MissingFolders.Make(Path.GetDirectoryName(folder)!);
            if (Directory.Exists(debris.LockPath) || new FileInfo(debris.LockPath).LinkTarget is not null
                || (File.Exists(debris.LockPath) && !Load.Jail.FileStatus.IsRegularFile(debris.LockPath)))
            {
                // A folder or link there is someone else's, never SpoilerGen's lock file: not ours to replace.
                diagnostics.Error(position, DiagnosticCodes.OutputFolderRefused,
                    $"'{debris.LockPath}' is where a build keeps its lock file, but it is a folder, a link or a special file that SpoilerGen did not make; remove it");
                MissingFolders.RemoveIfEmpty(madeFolders);
                return null;
            }
            outputLock = OutputLock.TryAcquire(debris.LockPath);
            if (outputLock is null)
            {
                diagnostics.Error(position, DiagnosticCodes.OutputFolderBusy,
                    "another SpoilerGen build is writing this output folder; run this build again when it has finished");
                MissingFolders.RemoveIfEmpty(madeFolders);
                return null;
            }
            foreach (var note in debris.Clean(folder)) progress(note);
            return new OutputTarget(folder, debris, outputLock, progress, madeFolders);
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            outputLock?.Dispose();
            MissingFolders.RemoveIfEmpty(madeFolders);
            diagnostics.Error(position, DiagnosticCodes.OutputWriteFailed, OutputFailure.Describe("could not prepare the output folder", exception));
            return null;
        }
    }

    /// <summary>Starts writing the new output beside this one; null (with the error reported) when it cannot.</summary>
    public OutputStaging? BeginStaging(DiagnosticBag diagnostics) => OutputStaging.Begin(this, diagnostics, _progress);

    public void Dispose()
    {
        _lock.Dispose();
        MissingFolders.RemoveIfEmpty(_madeFolders);
    }
}
