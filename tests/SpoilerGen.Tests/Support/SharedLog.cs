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

    /// <summary>
    /// The log once it holds <paramref name="text"/>, waiting up to 30 s: serve publishes a build (and sends the reload
    /// event) before it reports it in the terminal, so a test that has seen the reload may read the log a moment early.
    /// </summary>
    public async Task<string> WaitForAsync(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var log = ToString();
            if (log.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow > deadline) return log;
            await Task.Delay(20);
        }
    }
}
