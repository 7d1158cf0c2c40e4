using System.Text;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// A <see cref="StringWriter"/> that the server writes from its threads while a test reads it: every write and every read
/// takes one lock. A plain StringWriter read while written threw from StringBuilder.ToString ("Index was out of range"),
/// and two writers of one StringWriter could interleave their lines.
/// </summary>
public sealed class SharedLog : StringWriter
{
    private readonly Lock _lock = new();

    public override void Write(char value)
    {
        lock (_lock) base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock) base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock) base.Write(buffer);
    }

    public override void Write(string? value)
    {
        lock (_lock) base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        lock (_lock) base.Write(value);
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_lock) base.WriteLine(buffer);
    }

    public override void WriteLine(string? value)
    {
        lock (_lock) base.WriteLine(value);
    }

    public override void WriteLine(StringBuilder? value)
    {
        lock (_lock) base.WriteLine(value);
    }

    public override string ToString()
    {
        lock (_lock) return base.ToString();
    }
}
