namespace SpoilerGen.Write;

/// <summary>
/// The folders a build makes beside its output (<c>.public.spoilergen-new-…</c> while writing,
/// <c>.public.spoilergen-old-…</c> while swapping), and what a later build does with those that a killed
/// build left: a previous output that never got back in place is restored; a marked folder is kept as the
/// spare (<see cref="SpareOutput"/>) when there is none, since nothing in a spare is trusted; everything else is removed.
/// </summary>
public sealed class OutputDebris(string outputFolder)
{
    private const string StagingInfix = ".spoilergen-new-";
    private const string RetiredInfix = ".spoilergen-old-";

    /// <summary>What follows ".{output folder name}" in the spare's name.</summary>
    public const string SpareSuffix = ".spoilergen-spare";

    private readonly string _parent = Path.GetDirectoryName(outputFolder)!;
    private readonly string _name = Path.GetFileName(outputFolder);

    /// <summary>
    /// Every folder and file beside <paramref name="outputFolder"/> (resolved) whose name is one a build gives what it keeps
    /// there (its folders, its record, its cache, its lock): a later build removes, replaces or writes them.
    /// </summary>
    public static IReadOnlyList<string> EntriesBeside(string outputFolder)
    {
        if (Path.GetDirectoryName(outputFolder) is not { } parent || !Directory.Exists(parent)) return [];
        try
        {
            return Directory.EnumerateFileSystemEntries(parent, $".{Path.GetFileName(outputFolder)}.spoilergen-*").ToList();
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            // A folder that cannot be listed is reported when the build writes beside it.
            return [];
        }
    }

    public string NewStagingPath() => Path.Combine(_parent, $".{_name}{StagingInfix}{Guid.NewGuid():N}");

    public string NewRetiredPath() => Path.Combine(_parent, $".{_name}{RetiredInfix}{Guid.NewGuid():N}");

    /// <summary>Where the output that the last swap retired is kept, to be the next build's staging folder.</summary>
    public string SparePath => Path.Combine(_parent, $".{_name}{SpareSuffix}");

    /// <summary>Whether nothing at all is where the spare goes: then a retired output may be moved there.</summary>
    public bool SpareIsFree => !Directory.Exists(SparePath) && !File.Exists(SparePath) && new FileInfo(SparePath).LinkTarget is null;

    public string LockPath => Path.Combine(_parent, $".{_name}.spoilergen-lock");

    /// <summary>Where the <see cref="BuildRecord"/> is kept: beside the output, never in what is published.</summary>
    public string RecordPath => Path.Combine(_parent, $".{_name}{BuildRecord.Suffix}");

    /// <summary>Where the <see cref="RenderCacheFile"/> of the build is kept, beside its record.</summary>
    public string CachePath => Path.Combine(_parent, $".{_name}{RenderCacheFile.Suffix}");

    /// <summary>
    /// Restores or removes what earlier builds left. Only folders that carry SpoilerGen's marker, or are
    /// empty, are touched: every folder a build makes carries the marker from its first write.
    /// </summary>
    /// <returns>What was done, one sentence each, for <c>--verbose</c>.</returns>
    public IReadOnlyList<string> Clean(string outputFolder)
    {
        if (!Directory.Exists(_parent)) return [];
        var notes = new List<string>();
        var leftovers = Directory.EnumerateDirectories(_parent, $".{_name}.spoilergen-*")
            .Where(path => Path.GetFileName(path) is var name && (name.Contains(StagingInfix, StringComparison.Ordinal) || name.Contains(RetiredInfix, StringComparison.Ordinal)))
            // Killed between making the folder and marking it, a build leaves it empty: empty is as good as marked.
            .Where(path => OutputMarker.IsOn(path) || !Directory.EnumerateFileSystemEntries(path).Any())
            .Order(StringComparer.Ordinal)
            .ToList();

        // Killed between the two renames of a swap: the previous output is whole, only misplaced.
        var retired = leftovers.Where(path => path.Contains(RetiredInfix, StringComparison.Ordinal)).ToList();
        if (!Directory.Exists(outputFolder) && retired.Count == 1)
        {
            Directory.Move(retired[0], outputFolder);
            notes.Add($"restored the previous output, which an interrupted build had left at {retired[0]}");
            leftovers.Remove(retired[0]);
        }
        foreach (var leftover in leftovers)
        {
            if (SpareIsFree && OutputMarker.IsOn(leftover))
            {
                // Moved, not deleted: removing thousands of files costs more than the build that reuses them.
                Directory.Move(leftover, SparePath);
                notes.Add($"kept {leftover}, left by an interrupted build, as the spare the next staging folder is made from");
                continue;
            }
            FolderRemoval.Delete(leftover);
            notes.Add($"removed {leftover}, left by an interrupted build");
        }
        return notes;
    }
}
