using System.ComponentModel;
using System.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>
/// Opens a URL in the author's browser for <c>serve --open</c>, through the system's own opener found on
/// PATH: <c>xdg-open</c> on Linux, <c>open</c> on macOS, <c>start</c> on Windows. A missing opener is a
/// line to print, never a failure of serve.
/// </summary>
public static class BrowserOpener
{
    /// <summary>Starts the opener and returns at once; the result is null, or why the browser could not be opened.</summary>
    public static string? Open(Uri url)
    {
        var start = OperatingSystem.IsWindows() ? new ProcessStartInfo("cmd") { ArgumentList = { "/c", "start", "", url.AbsoluteUri } }
            : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open") { ArgumentList = { url.AbsoluteUri } }
            : new ProcessStartInfo("xdg-open") { ArgumentList = { url.AbsoluteUri } };
        start.UseShellExecute = false;
        try
        {
            using var process = Process.Start(start);
            return process is null ? $"{start.FileName} did not start" : null;
        }
        catch (Win32Exception exception)
        {
            return $"cannot run {start.FileName} ({exception.Message})";
        }
    }
}
