using System.Runtime.InteropServices;

namespace SpoilerGen.Load;

/// <summary>
/// Which file a name leads to (device and inode) and how many names it has (its link count), which .NET does not
/// expose: asked of Linux's <c>statx</c>, whose record is laid out the same on every architecture. Null elsewhere,
/// or when the name cannot be read (the jail's own checks report that).
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode, uint LinkCount)
{
    private const int CurrentFolder = -100;
    private const int DoNotFollowSymlink = 0x100;
    private const uint LinkCountAndInode = 0x4 | 0x100;

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxRecord
    {
        [FieldOffset(16)] public uint LinkCount;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxRecord record);

    /// <summary>The entry itself (a symlink is not followed).</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (Statx(CurrentFolder, path, DoNotFollowSymlink, LinkCountAndInode, out var record) != 0) return null;
            return new FileIdentity(((ulong)record.DeviceMajor << 32) | record.DeviceMinor, record.Inode, record.LinkCount);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The same file, whichever of its names was asked.</summary>
    public (ulong Device, ulong Inode) File => (Device, Inode);
}
