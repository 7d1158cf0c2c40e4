using SpoilerGen.Diagnostics;
using SpoilerGen.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Yaml;

/// <summary>
/// Reads a YAML file whose whole text is one mapping (<c>spoilergen.yml</c>, a translation table): past the
/// YAML limits, with a syntax error reported at its line and column, and a file that is not a mapping refused.
/// </summary>
public static class YamlMappingFile
{
    /// <returns>The root mapping (an empty one for a file with no document, when <paramref name="emptyIsMapping"/>), or null when reported.</returns>
    public static YamlMappingNode? Read(string text, string displayPath, DiagnosticBag diagnostics, string syntaxCode, string invalidCode,
        string notMappingMessage, bool emptyIsMapping = false, CancellationToken cancellationToken = default)
    {
        if (YamlLimits.Check(text, cancellationToken) is { } limit)
        {
            diagnostics.Error(new SourcePosition(displayPath, limit.Line, limit.Column), limit.Code, limit.Message);
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 && emptyIsMapping) return new YamlMappingNode();
            if (stream.Documents.Count > 1)
            {
                // Settings after a '---' line would be silently ignored: the author thinks they apply.
                var second = stream.Documents[1].RootNode.Start;
                diagnostics.Error(new SourcePosition(displayPath, (int)second.Line, (int)second.Column), invalidCode,
                    $"a second YAML document starts here ({stream.Documents.Count:N0} in all), and SpoilerGen reads only one; remove the '---' line before it and merge what follows into the first");
                return null;
            }
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                YamlExplicitTags.Report(map, displayPath, 0, diagnostics, DiagnosticCodes.YamlTagNotRead);
                return ReportControlCharacters(map, displayPath, diagnostics) ? null : map;
            }
            diagnostics.Error(SourcePosition.StartOf(displayPath), invalidCode, notMappingMessage);
            return null;
        }
        catch (YamlException exception)
        {
            diagnostics.Error(new SourcePosition(displayPath, (int)exception.Start.Line, (int)exception.Start.Column),
                syntaxCode, YamlMistakeHints.SyntaxMessage(text, exception));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed flows ("a: [b" then "c: {d: e").
            var (line, column) = YamlFailurePosition.Of(text);
            diagnostics.Error(new SourcePosition(displayPath, line, column), syntaxCode, "the YAML cannot be read from here: a '[' or '{' is never closed");
            return null;
        }
    }

    /// <summary>
    /// A YAML escape ("\x1B") puts a control character in a value that the file's bytes do not hold, so the load's check
    /// passes it: every value is published somewhere (a title in every feed, a table's words in every search index), and no
    /// feed or sitemap may hold one. Reported at the value, for every value of the file; true when one was.
    /// </summary>
    private static bool ReportControlCharacters(YamlMappingNode map, string displayPath, DiagnosticBag diagnostics)
    {
        var found = false;
        var pending = new Stack<YamlNode>([map]);
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node)) continue;
            switch (node)
            {
                case YamlScalarNode { Value: { } value } scalar when ControlCharacters.IndexOfFirst(value) is var index and >= 0:
                    diagnostics.Error(new SourcePosition(displayPath, (int)scalar.Start.Line, (int)scalar.Start.Column), DiagnosticCodes.ControlCharacter,
                        $"this value holds the control character {ControlCharacters.Name(value[index])}, which cannot be published (no feed or sitemap may hold it); remove it");
                    found = true;
                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(value);
                        pending.Push(key);
                    }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children) pending.Push(item);
                    break;
            }
        }
        return found;
    }
}
