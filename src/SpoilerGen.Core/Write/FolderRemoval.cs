namespace SpoilerGen.Write;

/// <summary>
/// Removes a folder a build made or replaces, and everything in it, never across a mount: the output folder's check
/// (<see cref="OutputFolderGuard"/>) runs as the build starts, and a file system mounted inside the folder while the build
/// ran would otherwise be emptied with it. The mount table is read again just before each removal.
/// </summary>
public static class FolderRemoval
{
    /// <exception cref="IOException">A file system is mounted at or below <paramref name="folder"/>; nothing was removed.</exception>
    public static void Delete(string folder)
    {
        if (MountPoints.FirstAtOrBelow([ResolvedPath.Of(folder)]) is { } mount)
        {
            throw new IOException($"a file system is mounted at {mount}, inside {folder}, and what is on it is not SpoilerGen's to delete; unmount it");
        }
        Directory.Delete(folder, recursive: true);
    }
}
