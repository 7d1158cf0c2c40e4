namespace SpoilerGen.Testing;

/// <summary>
/// A new empty folder for one test or fixture, deleted with everything in it on dispose. It lies in memory
/// (/dev/shm) where the machine has one: builds write many small files, and on a slow disk that alone would
/// dominate a test run. <see cref="OnDisk"/> is for the few that must not be in memory.
/// </summary>
public sealed class TemporaryFolder : IDisposable
{
    private const string MemoryFolder = "/dev/shm";

    // One parent for every test run, so that what a killed run leaves behind is easy to find.
    private const string ParentName = "spoilergen-tests";

    /// <param name="purpose">Starts the folder's name, to tell whose a folder left behind is.</param>
    public TemporaryFolder(string? purpose = null)
        : this(Directory.Exists(MemoryFolder) ? MemoryFolder : System.IO.Path.GetTempPath(), purpose)
    {
    }

    private TemporaryFolder(string root, string? purpose)
    {
        var name = Guid.NewGuid().ToString("N");
        Path = System.IO.Path.Combine(root, ParentName, purpose is null ? name : $"{purpose}-{name}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>
    /// A folder under the system's temporary folder, never in memory: for programs run from the folder
    /// (containers often mount /dev/shm noexec) and for output too large for a small /dev/shm, such as packages.
    /// </summary>
    public static TemporaryFolder OnDisk(string? purpose = null) => new(System.IO.Path.GetTempPath(), purpose);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Gone already, or a file still held open by a process that outlived its test: neither
            // must fail the test run; a temporary folder is cleared on restart anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
