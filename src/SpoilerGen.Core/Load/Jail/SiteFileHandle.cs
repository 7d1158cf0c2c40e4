using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// A site file opened once, and checked as what was opened rather than by its name: what the jail
/// (<see cref="SiteFolder"/>) checked is a path, and the path may be swapped for a symlink out of the
/// site, a device or a FIFO between that check and the read. The file is opened without following a
/// final symlink and without waiting for a FIFO's writer; then the open file must be a regular file,
/// and its real path (as the kernel names it) inside the site. Everything read comes from this handle.
/// </summary>
public sealed class SiteFileHandle : IDisposable
{
    private const string LinuxC = "libc.so.6";
    private const int ReadOnly = 0x0; // O_RDONLY
    private const int NonBlocking = 0x800; // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer
    private const int CloseOnExec = 0x80000; // O_CLOEXEC
    private const int TooManyLinks = 40; // ELOOP: O_NOFOLLOW met a symlink

    private readonly SafeFileHandle _handle;

    private SiteFileHandle(SafeFileHandle handle) => _handle = handle;

    /// <summary>The file's size as it was opened.</summary>
    public long Length => RandomAccess.GetLength(_handle);

    /// <summary>
    /// Opens <paramref name="file"/> for reading; null with <paramref name="problem"/> (and its code) when
    /// it may not be read now: it became a symlink, a FIFO, a device, or lies outside the site.
    /// </summary>
    public static SiteFileHandle? TryOpen(SiteFile file, out string problem, out string code)
    {
        code = DiagnosticCodes.SourceChangedWhileReading;
        SafeFileHandle handle;
        try
        {
            if (OpenWithoutFollowing(file.FullPath, out problem) is not { } opened) return null;
            handle = opened;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            code = DiagnosticCodes.SourceUnreadable;
            problem = $"the file cannot be read: {exception.Message}";
            return null;
        }
        if (!FileStatus.IsRegularFile(handle))
        {
            handle.Dispose();
            problem = "this file became something that is not a regular file (a FIFO, socket or device) while the site was read, and is not read; build again";
            return null;
        }
        if (file.Listed is { } listed && LinuxFileStatus.Of(handle) is { LinkCount: > 1 } status && (status.Device, status.Inode) != listed.File)
        {
            // Its names were counted when it was listed; this file, with names elsewhere, was not: it may be a file outside.
            handle.Dispose();
            problem = "this file was replaced by a hard link (a file with other names, perhaps outside the site folder) while the site was read, and is not read; build again";
            return null;
        }
        if (RealPathOf(handle) is { } real && !IsSameOrInside(real, file.Jail))
        {
            handle.Dispose();
            problem = "this file was moved behind a symlink out of the site folder while the site was read, and is not read; build again";
            return null;
        }
        problem = "";
        return new SiteFileHandle(handle);
    }

    /// <summary>Reads the whole file, reporting at its path instead of throwing; null when it may not be read.</summary>
    public static byte[]? ReadAllBytes(SiteFile file, DiagnosticBag diagnostics)
    {
        using var handle = TryOpen(file, out var problem, out var code);
        if (handle is null)
        {
            diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), code, problem);
            return null;
        }
        try
        {
            return handle.ReadAllBytes();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), DiagnosticCodes.SourceUnreadable, $"the file cannot be read: {exception.Message}");
            return null;
        }
    }

    /// <summary>Every byte the file held when it was opened (up to its length then).</summary>
    public byte[] ReadAllBytes()
    {
        var length = Length;
        if (length > Array.MaxLength) throw new IOException($"the file is larger than {Array.MaxLength} bytes");
        var bytes = new byte[length];
        var total = 0;
        while (total < bytes.Length)
        {
            var read = RandomAccess.Read(_handle, bytes.AsSpan(total), total);
            if (read == 0) break;
            total += read;
        }
        return total == bytes.Length ? bytes : bytes[..total];
    }

    /// <summary>
    /// A stream over the open file from its start, on this object's own handle: disposing either closes the file for both,
    /// and a read after that throws <see cref="ObjectDisposedException"/>. A stream on a second, non-owning handle of the
    /// same descriptor number read on after this object closed it, from whatever file the system next gave that number.
    /// </summary>
    public Stream OpenStream() => new FileStream(_handle, FileAccess.Read, bufferSize: 0);

    public void Dispose() => _handle.Dispose();

    private static SafeFileHandle? OpenWithoutFollowing(string path, out string problem)
    {
        problem = "";
        if (!OperatingSystem.IsLinux() || NoFollowFlag() is not { } noFollow)
        {
            // Elsewhere the jail's check by name is all there is: open as .NET does.
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        var descriptor = Open(path, ReadOnly | NonBlocking | CloseOnExec | noFollow);
        if (descriptor >= 0) return new SafeFileHandle(descriptor, ownsHandle: true);
        var error = Marshal.GetLastPInvokeError();
        if (error == TooManyLinks)
        {
            problem = "this file became a symlink while the site was read, and is not followed; build again";
            return null;
        }
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(error)} : '{path}'", error);
    }

    /// <summary>O_NOFOLLOW, whose value differs between processor families; null where it is not known here.</summary>
    private static int? NoFollowFlag() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x20000,
        Architecture.Arm64 or Architecture.Arm => 0x8000,
        _ => null,
    };

    /// <summary>The open file's path as the kernel resolved it; null where the system does not say (no /proc).</summary>
    private static string? RealPathOf(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [DllImport(LinuxC, EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
