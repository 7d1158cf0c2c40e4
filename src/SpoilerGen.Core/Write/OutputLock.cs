namespace SpoilerGen.Write;

/// <summary>
/// Keeps two builds from writing one output folder at once: a lock file beside the output, held with an
/// exclusive lock (flock on Unix) for the whole build and removed at its end.
/// </summary>
public sealed class OutputLock : IDisposable
{
    // What .NET reports when another process holds the lock: ERROR_SHARING_VIOLATION and
    // ERROR_LOCK_VIOLATION on Windows, EWOULDBLOCK from flock on Linux (11) and macOS (35).
    private static readonly int[] HeldElsewhere = [unchecked((int)0x80070020), unchecked((int)0x80070021), 11, 35];

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    public string Path => _stream.Name;

    /// <summary>Takes the lock, or returns null when another build holds it.</summary>
    /// <exception cref="IOException">The lock file cannot be made (a read-only folder, a full disk).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder beside the output may not be written.</exception>
    public static OutputLock? TryAcquire(string path)
    {
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException exception) when (HeldElsewhere.Contains(exception.HResult))
        {
            return null;
        }
    }

    public void Dispose()
    {
        // Removed while still held, so that no other build can take a lock on a file about to vanish.
        try
        {
            File.Delete(Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is harmless: the next build takes the lock on it and removes it.
        }
        _stream.Dispose();
    }
}
