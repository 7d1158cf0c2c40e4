using System.Runtime.InteropServices;

namespace SpoilerGen.Cli;

/// <summary>
/// Standard input, output and error that the caller closed (<c>spoilergen build site &gt;&amp;-</c>, a careless cron
/// line). A closed descriptor is the lowest free one, so the runtime's own files take its number as the process starts
/// (the .NET runtime's signal pipe was descriptor 1), and what the command prints would go there. A descriptor the
/// caller handed over has no close-on-exec flag, since it came through exec; one with the flag was opened by this
/// process, so the caller's stream is closed. A number nobody took is opened again on <c>/dev/null</c>, so that no file
/// the build opens later takes it.
/// </summary>
public static class ClosedStandardStreams
{
    private const string LibC = "libc";
    private const int ReadWrite = 2;
    private const int GetDescriptorFlags = 1;
    private const int CloseOnExec = 1;

    /// <summary>Which of 0, 1 and 2 the caller closed; those that nothing took are reopened on /dev/null.</summary>
    public static IReadOnlySet<int> Find()
    {
        var closed = new HashSet<int>();
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return closed;
        for (var descriptor = 0; descriptor <= 2; descriptor++)
        {
            var flags = Control(descriptor, GetDescriptorFlags);
            if (flags >= 0 && (flags & CloseOnExec) == 0) continue;
            closed.Add(descriptor);
            if (flags >= 0) continue;
            // The lowest free descriptor is this one when the lower ones are open (or were reopened just before).
            var opened = Open("/dev/null", ReadWrite);
            if (opened >= 0 && opened != descriptor)
            {
                DuplicateOnto(opened, descriptor);
                Close(opened);
            }
        }
        return closed;
    }

    [DllImport(LibC, EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Control(int descriptor, int command);

    [DllImport(LibC, EntryPoint = "dup2", SetLastError = true)]
    private static extern int DuplicateOnto(int descriptor, int target);

    [DllImport(LibC, EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport(LibC, EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
