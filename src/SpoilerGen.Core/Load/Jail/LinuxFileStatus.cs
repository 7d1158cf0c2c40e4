using System.Runtime.InteropServices;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// What a name leads to on Linux (device, inode, type, size, times, link count), asked of <c>statx</c>, whose record the
/// kernel lays out the same on every architecture and at a fixed size (256 bytes). <c>struct stat</c>, read before at
/// offsets written here by hand for x64 and arm64, differs between them and lacks a stable <c>lstat</c> symbol in glibc
/// before 2.33. .NET offers no inode, device, change time or link count (FileSystemInfo has none of them).
/// </summary>
internal readonly struct LinuxFileStatus
{
    private const string LinuxC = "libc.so.6";
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int DoNotFollowSymlink = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: the file open at the descriptor itself
    // STATX_TYPE | STATX_MODE | STATX_NLINK | STATX_MTIME | STATX_CTIME | STATX_INO | STATX_SIZE: what the callers read.
    private const uint Wanted = 0x1 | 0x2 | 0x4 | 0x40 | 0x80 | 0x100 | 0x200;
    private const int TypeMask = 0xF000;

    private readonly Record _record;

    private LinuxFileStatus(Record record) => _record = record;

    /// <summary>The entry at <paramref name="path"/> itself (a final symlink is not followed); null off Linux, or when it cannot be read.</summary>
    public static LinuxFileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (Statx(CurrentFolder, path, DoNotFollowSymlink, Wanted, out var record) != 0) return null;
            // A file system that cannot tell one of them (the kernel clears its bit) is treated as one that tells nothing.
            return (record.Mask & Wanted) == Wanted ? new LinuxFileStatus(record) : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The file <paramref name="handle"/> has open, whatever its name leads to by now; null off Linux, or when it cannot be read.</summary>
    public static LinuxFileStatus? Of(SafeHandle handle)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (StatxOfDescriptor((int)handle.DangerousGetHandle(), "", EmptyPath, Wanted, out var record) != 0) return null;
            return (record.Mask & Wanted) == Wanted ? new LinuxFileStatus(record) : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The device, as one number (major, then minor).</summary>
    public ulong Device => ((ulong)_record.DeviceMajor << 32) | _record.DeviceMinor;

    public ulong Inode => _record.Inode;

    public uint LinkCount => _record.LinkCount;

    public long Size => (long)_record.Size;

    public bool IsRegularFile => (_record.Mode & TypeMask) == 0x8000;

    public bool IsSymbolicLink => (_record.Mode & TypeMask) == 0xA000;

    public DateTime ModifiedAt => TimeOf(_record.ModifiedSeconds, _record.ModifiedNanoseconds);

    public DateTime ChangedAt => TimeOf(_record.ChangedSeconds, _record.ChangedNanoseconds);

    private static DateTime TimeOf(long seconds, uint nanoseconds) =>
        DateTime.UnixEpoch.AddTicks(seconds * TimeSpan.TicksPerSecond + nanoseconds / 100);

    /// <summary>struct statx (include/uapi/linux/stat.h): the fields read here, at their offsets; the kernel writes all 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Record
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(16)] public uint LinkCount;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public long ChangedSeconds;
        [FieldOffset(104)] public uint ChangedNanoseconds;
        [FieldOffset(112)] public long ModifiedSeconds;
        [FieldOffset(120)] public uint ModifiedNanoseconds;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    [DllImport(LinuxC, EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Record record);

    [DllImport(LinuxC, EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxOfDescriptor(int descriptor, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Record record);
}
