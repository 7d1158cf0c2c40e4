using SpoilerGen.Load.Sources;

namespace SpoilerGen.Write;

/// <summary>
/// Turns a path into the one the file system really means: absolute, with every symbolic link along it
/// followed, as realpath(3) does. Guards compare only resolved paths, because two spellings of one
/// folder (a symlink and its target) must never pass as two folders.
/// </summary>
/// <remarks>Parts that do not exist yet are kept as written: an output folder is often created by the build.</remarks>
public static class ResolvedPath
{
    // Linux gives up after 40 links in one path (ELOOP); so do we, so that a loop ends.
    private const int MaximumLinksFollowed = 40;

    /// <summary>How paths compare on this platform's usual file systems.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <exception cref="IOException">The path runs through a loop of symbolic links.</exception>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new LinkedList<string>(Parts(full[root.Length..]));
        var current = root;
        var linksFollowed = 0;
        while (pending.First is { } first)
        {
            pending.RemoveFirst();
            var part = first.Value;
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = LinkTargetOf(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++linksFollowed > MaximumLinksFollowed)
            {
                throw new IOException($"'{path}' runs through a loop of symbolic links");
            }
            // The link's target replaces the link: its parts are resolved in turn, from the root
            // when the target is absolute, from the link's folder when it is relative.
            if (Path.IsPathRooted(target))
            {
                root = Path.GetPathRoot(target) ?? root;
                current = root;
                target = target[root.Length..];
            }
            foreach (var targetPart in Parts(target).Reverse()) pending.AddFirst(targetPart);
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="inner"/> lies strictly inside <paramref name="outer"/>; both resolved.</summary>
    public static bool IsInside(string inner, string outer)
    {
        var prefix = Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.Length > prefix.Length - 1 && inner.StartsWith(prefix, Comparison);
    }

    public static bool AreSame(string first, string second) => string.Equals(first, second, Comparison);

    private static string[] Parts(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            // Not a link, or not readable as one: the path is taken as it is written.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
