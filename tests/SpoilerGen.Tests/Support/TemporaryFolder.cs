namespace SpoilerGen.Tests.Support;

/// <summary>
/// A folder for one test, deleted when the test is done with it. It lies in memory (/dev/shm) where the
/// machine has one: builds write many small files, and on a slow disk that alone would dominate a test run.
/// </summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(root, "spoilergen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
