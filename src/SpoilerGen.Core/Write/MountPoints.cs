using System.Text;

namespace SpoilerGen.Write;

/// <summary>
/// The mount points of this process's file systems, from <c>/proc/self/mountinfo</c>. Replacing an output deletes
/// everything in it, and a recursive delete descends into a file system mounted inside the folder as into any other
/// folder: a bind mount of the user's files under <c>public/</c> would be emptied by <c>--force</c>. So no output folder,
/// nor one of the folders a build keeps beside it, may hold a mount point.
/// </summary>
/// <remarks>
/// Where there is no <c>/proc</c> (macOS, Windows) nothing is listed. A mount of the same file system (a bind mount) has
/// the same device number as the folder it is in, so comparing devices while walking would not find it; the table does.
/// </remarks>
public static class MountPoints
{
    private const string MountTable = "/proc/self/mountinfo";

    // mountinfo's fifth field is the mount point, with space, tab, newline and backslash written as octal escapes.
    private const int MountPointField = 4;

    /// <summary>The first mount point at or below one of <paramref name="folders"/> (resolved paths), or null.</summary>
    public static string? FirstAtOrBelow(IEnumerable<string> folders)
    {
        var mounts = All();
        if (mounts.Count == 0) return null;
        foreach (var folder in folders)
        {
            foreach (var mount in mounts)
            {
                if (ResolvedPath.AreSame(mount, folder) || ResolvedPath.IsInside(mount, folder)) return mount;
            }
        }
        return null;
    }

    /// <summary>The first mount point strictly inside <paramref name="folder"/> (resolved), or null: the folder may be one itself.</summary>
    public static string? FirstInside(string folder) => All().FirstOrDefault(mount => ResolvedPath.IsInside(mount, folder));

    private static List<string> All()
    {
        var mounts = new List<string>();
        if (!OperatingSystem.IsLinux()) return mounts;
        try
        {
            foreach (var line in File.ReadLines(MountTable))
            {
                var fields = line.Split(' ');
                if (fields.Length > MountPointField) mounts.Add(Unescape(fields[MountPointField]));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Without the table no mount is known; the folders are removed as before.
        }
        return mounts;
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\')) return field;
        // The escapes stand for bytes, so the name is put back together as bytes: a character outside the BMP is two
        // UTF-16 units, which encoded one at a time would each become U+FFFD.
        var bytes = Encoding.UTF8.GetBytes(field);
        var unescaped = new List<byte>(bytes.Length);
        for (var index = 0; index < bytes.Length; index++)
        {
            if (bytes[index] == (byte)'\\' && IsOctal(bytes, index + 1))
            {
                unescaped.Add((byte)(((bytes[index + 1] - '0') << 6) | ((bytes[index + 2] - '0') << 3) | (bytes[index + 3] - '0')));
                index += 3;
                continue;
            }
            unescaped.Add(bytes[index]);
        }
        return Encoding.UTF8.GetString(unescaped.ToArray());
    }

    private static bool IsOctal(byte[] bytes, int start) =>
        start + 3 <= bytes.Length && bytes.AsSpan(start, 3).IndexOfAnyExceptInRange((byte)'0', (byte)'7') < 0;
}
