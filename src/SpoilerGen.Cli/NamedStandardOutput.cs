using System.Text;

namespace SpoilerGen.Cli;

/// <summary>
/// The console's standard output, which says so when it cannot be written: a full disk behind it (<c>&gt;/dev/full</c>)
/// was reported as "No space left on device" alone, which sent the user looking at the site or the output folder.
/// </summary>
public sealed class NamedStandardOutput(TextWriter console) : TextWriter
{
    public override Encoding Encoding => console.Encoding;

    public override void Write(char value) => Guard(() => console.Write(value));

    public override void Write(string? value) => Guard(() => console.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => console.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => console.WriteLine(value));

    public override void Flush() => Guard(console.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"standard output could not be written: {exception.Message}", exception);
        }
    }
}
