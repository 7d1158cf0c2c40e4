using System.Diagnostics;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// A small file system in memory (tmpfs) mounted for one test, to meet a full disk or a read-only folder for
/// real. Mounting needs root and a kernel that lets this process mount; where it cannot,
/// <see cref="TmpfsFactAttribute"/> skips the test and says why.
/// </summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <param name="inodes">How many files and folders it may hold (the root folder among them); the system's default when null.</param>
    public static Tmpfs Mount(int sizeInKilobytes, int? inodes = null) =>
        MountAt(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spoilergen-tmpfs-" + Guid.NewGuid().ToString("N")), sizeInKilobytes, inodes);

    /// <summary>Mounts one at <paramref name="path"/>, an empty or new folder, which is removed again when disposed.</summary>
    public static Tmpfs MountAt(string path, int sizeInKilobytes, int? inodes = null)
    {
        Directory.CreateDirectory(path);
        var (exitCode, error) = Run("mount", "-t", "tmpfs", "-o", $"size={sizeInKilobytes}k" + (inodes is null ? "" : $",nr_inodes={inodes}"), "tmpfs", path);
        if (exitCode != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount failed: {error}");
        }
        return new Tmpfs(path);
    }

    /// <summary>Why no tmpfs can be mounted here, or null when one can.</summary>
    public static string? WhyUnavailable()
    {
        if (!OperatingSystem.IsLinux()) return "tmpfs needs Linux";
        try
        {
            using var probe = Mount(64);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return $"a tmpfs cannot be mounted here ({exception.Message.Trim()}); run the tests as root on Linux to include this test";
        }
    }

    public void MakeReadOnly()
    {
        var (exitCode, error) = Run("mount", "-o", "remount,ro", Path);
        if (exitCode != 0) throw new InvalidOperationException($"remount read-only failed: {error}");
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int ExitCode, string Error) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
