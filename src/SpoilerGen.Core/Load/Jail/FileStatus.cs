using System.Runtime.InteropServices;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// The type of a file system entry (regular file, folder, or something else: a FIFO, socket or
/// device), which .NET does not expose: <c>File.Exists</c> is true for a FIFO, and opening one
/// blocks until a writer comes. Asked of the runtime's own native shim, whose status record starts
/// with the same two fields on every Unix; on Windows every file counts as regular.
/// </summary>
public static class FileStatus
{
    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;

    // The shim's record has grown over releases, always at its end: reserve room for growth and read
    // only the mode, the second field.
    [StructLayout(LayoutKind.Explicit, Size = 512)]
    private struct NativeStatus
    {
        [FieldOffset(4)] public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
    private static extern int FStat(SafeHandle descriptor, out NativeStatus status);

    /// <summary>True for a regular file, following symlinks; false for anything else or on error.</summary>
    public static bool IsRegularFile(string path) => TypeOf(path) is null or Regular;

    /// <summary>True for a folder, following symlinks.</summary>
    public static bool IsDirectory(string path) => TypeOf(path) == Directory || (OperatingSystem.IsWindows() && System.IO.Directory.Exists(path));

    /// <summary>
    /// True when what <paramref name="handle"/> has open is a regular file: asked of the open file itself,
    /// so that the answer holds for what is read from it, whatever its name leads to by now.
    /// </summary>
    public static bool IsRegularFile(SafeHandle handle)
    {
        if (OperatingSystem.IsWindows()) return true;
        try
        {
            return FStat(handle, out var status) == 0 && (status.Mode & TypeMask) == Regular;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    /// <summary>The entry's type bits; null where the platform cannot tell (then only .NET's own checks apply); -1 when it cannot be read.</summary>
    private static int? TypeOf(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            return Stat(path, out var status) == 0 ? status.Mode & TypeMask : -1;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }
}
