namespace SpoilerGen.Write;

/// <summary>
/// The folders above an output that a build makes because they are missing, and takes away again when it leaves them
/// empty. They are made one level at a time, so that a failure partway (a name too long, a full disk, a folder someone
/// made read-only meanwhile) knows which it made, and removes them before it is reported: a build that could not start
/// leaves nothing behind.
/// </summary>
internal static class MissingFolders
{
    /// <summary>Makes <paramref name="folder"/> and the folders above it that are missing; returns those it made, deepest first.</summary>
    /// <exception cref="IOException">A level could not be made; those made before it are removed already.</exception>
    public static IReadOnlyList<string> Make(string folder)
    {
        var missing = new List<string>();
        for (var current = folder; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing.Add(current);
        }
        var madeSoFar = new List<string>();
        try
        {
            for (var level = missing.Count - 1; level >= 0; level--)
            {
                Directory.CreateDirectory(missing[level]);
                madeSoFar.Insert(0, missing[level]);
            }
        }
        catch (Exception exception) when (OutputFailure.IsEnvironmental(exception))
        {
            RemoveIfEmpty(madeSoFar);
            throw;
        }
        return madeSoFar;
    }

    /// <summary>
    /// Removes the folders this build made, deepest first, while each is empty: once one holds anything (the new output,
    /// or a file someone else put there meanwhile) it and the folders above it are kept. Never touches what it did not make.
    /// </summary>
    public static void RemoveIfEmpty(IReadOnlyList<string> madeFolders)
    {
        foreach (var folder in madeFolders)
        {
            try
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any()) return;
                Directory.Delete(folder, recursive: false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}
