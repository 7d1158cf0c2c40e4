using SpoilerGen.Diagnostics;

namespace SpoilerGen.Serve;

/// <summary>What serve prints while it runs, one whole line at a time from any thread.</summary>
public sealed class ServeLog(TextWriter output, TextWriter error)
{
    private readonly TextWriter _output = TextWriter.Synchronized(output);
    private readonly TextWriter _error = TextWriter.Synchronized(error);

    public void Info(string line) => _output.WriteLine(line);

    public void Error(string line) => _error.WriteLine(line);

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) _error.WriteLine(diagnostic);
    }
}
