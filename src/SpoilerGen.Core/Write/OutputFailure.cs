namespace SpoilerGen.Write;

/// <summary>
/// Which exceptions are the environment failing (a full disk, a read-only folder, a path too long) rather
/// than a bug, and how they read as one line for the user.
/// </summary>
public static class OutputFailure
{
    public static bool IsEnvironmental(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException;

    /// <summary>"could not write …: No space left on device : '/path'": .NET's messages name the path.</summary>
    public static string Describe(string what, Exception exception) => $"{what}: {exception.Message}";
}
