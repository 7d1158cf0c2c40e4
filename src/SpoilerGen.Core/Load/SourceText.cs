using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load;

/// <summary>Reads a site file whole, reporting a file that cannot be read (permissions, I/O) at its path instead of throwing.</summary>
public static class SourceText
{
    public static string? Read(SiteFile file, DiagnosticBag diagnostics) =>
        ReadWith(file, diagnostics, System.IO.File.ReadAllText);

    public static byte[]? ReadBytes(SiteFile file, DiagnosticBag diagnostics) =>
        ReadWith(file, diagnostics, System.IO.File.ReadAllBytes);

    private static T? ReadWith<T>(SiteFile file, DiagnosticBag diagnostics, Func<string, T> read) where T : class
    {
        try
        {
            return read(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.StartOf(file.DisplayPath), DiagnosticCodes.SourceUnreadable, $"the file cannot be read: {exception.Message}");
            return null;
        }
    }
}
