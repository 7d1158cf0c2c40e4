using System.Runtime.InteropServices;

namespace SpoilerGen.Write;

/// <summary>
/// The two file system calls .NET does not offer: an atomic exchange of two folders and a hard link.
/// Both are Linux-only here; elsewhere the callers fall back to a plain rename and a plain write.
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

    [DllImport(LinuxC, EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [DllImport(LinuxC, EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existingPath, string newPath);
}
