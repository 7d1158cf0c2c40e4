using System.Runtime.InteropServices;
using SpoilerGen.Load.Jail;

namespace SpoilerGen.Write;

/// <summary>
/// The file system calls .NET does not offer: an atomic exchange of two folders, a hard link, a file created and written
/// in three calls, and a file's identity (device and inode, read by <see cref="Load.Jail.LinuxFileStatus"/>). All are Linux-only
/// here; elsewhere the callers fall back to a plain rename and a plain write.
/// </summary>
internal static class NativeFileSystem
{
    private const string LinuxC = "libc.so.6";
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint ExchangeFlag = 2; // RENAME_EXCHANGE

    /// <summary>
    /// Swaps two folders in one step (renameat2 with RENAME_EXCHANGE), so that there is no moment at which
    /// neither exists. False where the system or the file system cannot: the caller renames in two steps.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(CurrentFolder, first, CurrentFolder, second, ExchangeFlag) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Gives an existing file a second name; false where that is not possible (another file system, no support).</summary>
    public static bool TryHardLink(string existingPath, string newPath)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Link(existingPath, newPath) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Creates a file that must not exist yet and writes <paramref name="content"/> to it in three calls (open,
    /// write, close), where a FileStream makes eight (it also locks, checks the file system, truncates and
    /// seeks), which is most of the cost of writing a site's many small files. False where the call is not
    /// available: the caller writes the file as usual.
    /// </summary>
    /// <exception cref="IOException">The system refused (a full disk, a read-only folder): its message and the path.</exception>
    public static bool TryWriteNewFile(string path, ReadOnlySpan<byte> content)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int descriptor;
        try
        {
            descriptor = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, NewFilePermissions);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        if (descriptor < 0) throw LastError(path);
        try
        {
            for (var written = 0; written < content.Length;)
            {
                var rest = content[written..];
                var count = Write(descriptor, ref MemoryMarshal.GetReference(rest), rest.Length);
                if (count < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interrupted) continue;
                    throw LastError(path);
                }
                written += (int)count;
            }
        }
        finally
        {
            if (Close(descriptor) != 0 && Marshal.GetLastPInvokeError() != Interrupted) throw LastError(path);
        }
        return true;
    }

    private const int WriteOnly = 0x1; // O_WRONLY
    private const int Create = 0x40; // O_CREAT
    private const int Exclusive = 0x80; // O_EXCL
    private const int CloseOnExec = 0x80000; // O_CLOEXEC
    private const int NewFilePermissions = 0x1B6; // 0666, less the umask, as .NET creates files
    private const int Interrupted = 4; // EINTR

    private static IOException LastError(string path) => new($"{Marshal.GetLastPInvokeErrorMessage()} : '{path}'", Marshal.GetLastPInvokeError());

    // open(2) is variadic in C: the mode passed as a fixed third argument is read the same way on x64 and on Linux arm64
    // (not on Apple's arm64, which passes variadic arguments on the stack; these calls are Linux-only).
    [DllImport(LinuxC, EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport(LinuxC, EntryPoint = "write", SetLastError = true)]
    private static extern nint Write(int descriptor, ref byte buffer, nint count);

    [DllImport(LinuxC, EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);

    [DllImport(LinuxC, EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport(LinuxC, EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existingPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// <summary>
    /// The device and inode of the entry at <paramref name="path"/>, not following a symbolic link, and whether it is a
    /// regular file: two names of one file have the same identity. Null where it cannot be read or the platform cannot
    /// tell (then callers treat two names as two files).
    /// </summary>
    public static FileIdentity? Identity(string path) =>
        Load.Jail.LinuxFileStatus.Of(path) is { } status
            ? new FileIdentity(status.Device, status.Inode, status.IsRegularFile, status.Size, status.ChangedAt)
            {
                ModifiedAt = status.ModifiedAt,
                IsSymbolicLink = status.IsSymbolicLink,
            }
            : null;
}
