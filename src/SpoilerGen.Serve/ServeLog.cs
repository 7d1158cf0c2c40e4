using SpoilerGen.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>What serve prints while it runs, one whole line at a time from any thread.</summary>
public sealed class ServeLog
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public ServeLog(TextWriter output, TextWriter error)
    {
        _output = TextWriter.Synchronized(output);
        // One writer given for both takes one lock: two wrappers of it would each lock only themselves, and interleave lines.
        _error = ReferenceEquals(error, output) ? _output : TextWriter.Synchronized(error);
    }

    public void Info(string line) => _output.WriteLine(line);

    public void Error(string line) => _error.WriteLine(line);

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) _error.WriteLine(diagnostic);
    }
}
