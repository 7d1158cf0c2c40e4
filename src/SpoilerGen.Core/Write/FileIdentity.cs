using SpoilerGen.Load.Jail;

namespace SpoilerGen.Write;

/// <summary>Which file a name leads to (its device and inode: two names of one file have the same), whether it is a regular file, and its size.</summary>
/// <param name="ChangedAt">
/// The inode's change time (UTC): set by the system at every write, rename, link or change of mode, and never to an earlier
/// time by <c>touch</c> or any other call, as the modification time can be.
/// </param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, bool IsRegularFile, long Size, DateTime ChangedAt)
{
    /// <summary>The modification time (UTC), which <c>touch</c> can set to any time.</summary>
    public DateTime ModifiedAt { get; init; }

    /// <summary>Whether the name is a symbolic link itself (its target is never looked at).</summary>
    public bool IsSymbolicLink { get; init; }

    /// <summary>Whether <paramref name="other"/> is the same file under another name (or the same one).</summary>
    public bool IsSameFile(FileIdentity other) => Device == other.Device && Inode == other.Inode;
}
