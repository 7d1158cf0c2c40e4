using YamlDotNet.Core;

namespace SpoilerGen.Load.Yaml;

/// <summary>
/// Where YAML stops being readable, for the failures YamlDotNet reports without a position (an
/// <see cref="InvalidOperationException"/> for some unclosed flows, such as "a: [b" then "c: {d: e"):
/// the text is read again event by event, and the last event read is where the trouble starts.
/// </summary>
public static class YamlFailurePosition
{
    /// <summary>The one-based line and column of the last YAML event read before the failure.</summary>
    public static (int Line, int Column) Of(string yaml)
    {
        var last = (Line: 1, Column: 1);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current) last = ((int)current.Start.Line, (int)current.Start.Column);
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // Expected: this is the failure being placed.
        }
        return last;
    }
}
