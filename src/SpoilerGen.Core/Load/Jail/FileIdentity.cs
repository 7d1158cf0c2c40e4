namespace SpoilerGen.Load.Jail;

/// <summary>
/// Which file a name leads to (device and inode) and how many names it has (its link count), which .NET does not
/// expose: asked of Linux's <c>statx</c> (<see cref="LinuxFileStatus"/>). Null elsewhere, or when the name cannot be
/// read (the jail's own checks report that).
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode, uint LinkCount)
{
    /// <summary>The entry itself (a symlink is not followed).</summary>
    public static FileIdentity? Of(string path) =>
        LinuxFileStatus.Of(path) is { } status ? new FileIdentity(status.Device, status.Inode, status.LinkCount) : null;

    /// <summary>The same file, whichever of its names was asked.</summary>
    public (ulong Device, ulong Inode) File => (Device, Inode);
}
