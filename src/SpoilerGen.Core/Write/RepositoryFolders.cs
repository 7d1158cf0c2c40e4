using System.IO.Enumeration;

namespace SpoilerGen.Write;

/// <summary>
/// Version-control repositories, which no build replaces, not even with <c>--force</c>: a <c>.git</c> folder
/// (or a worktree's <c>.git</c> file), anything inside one, and a folder that holds one at any depth
/// (<c>-o ~/projects --force</c> would delete every repository in it). A site's own repository holding the
/// output folder (<c>guide/public</c> beside <c>guide/.git</c>) is how sites are kept, and is fine.
/// </summary>
public static class RepositoryFolders
{
    private const string RepositoryName = ".git";

    /// <summary>Why <paramref name="output"/> (resolved) may not be written: it is or lies inside a repository's folder.</summary>
    public static string? PathProblem(string output)
    {
        var parts = output.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(IsRepositoryName)
            ? $"the output folder is or lies inside a {RepositoryName} folder, a repository's history, which SpoilerGen never replaces"
            : null;
    }

    /// <summary>Why the existing folder <paramref name="output"/> (resolved) may not be replaced: it holds a repository.</summary>
    public static string? ContentProblem(string output)
    {
        if (!Directory.Exists(output)) return null;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        var entries = new FileSystemEnumerable<string>(output, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => IsRepositoryName(entry.FileName.ToString()),
            // Links are not followed: replacing the folder removes a link, never what it points to.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        try
        {
            return entries.FirstOrDefault() is { } repository
                ? $"the output folder holds a repository ({repository}), which replacing it would delete"
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // What cannot be looked through cannot be shown to hold no repository.
            return $"the output folder could not be looked through for repositories before replacing it ({exception.Message})";
        }
    }

    private static bool IsRepositoryName(string name) => string.Equals(name, RepositoryName, ResolvedPath.Comparison);
}
