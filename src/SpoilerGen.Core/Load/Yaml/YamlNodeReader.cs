using System.Globalization;
using SpoilerGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Yaml;

/// <summary>
/// Reads typed values out of a YAML node tree, reporting each wrong value at its own line and column
/// instead of throwing, so that one run reports every problem in a file.
/// </summary>
public sealed class YamlNodeReader(string path, int lineOffset, DiagnosticBag diagnostics, string invalidCode)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public SourcePosition PositionOf(YamlNode node) =>
        new(path, lineOffset + (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => diagnostics.Error(PositionOf(node), invalidCode, message);

    public void Error(YamlNode node, string code, string message) => diagnostics.Error(PositionOf(node), code, message);

    public void Warning(YamlNode node, string code, string message) => diagnostics.Warning(PositionOf(node), code, message);

    public static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var k } && k == key).Value;

    public static IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(pair => ((pair.Key as YamlScalarNode)?.Value ?? "", pair.Key, pair.Value));

    /// <summary>
    /// The message for a key that is a list or a mapping (YAML's '? [a]' then ': b'), which no key SpoilerGen reads can be;
    /// null for a key of text.
    /// </summary>
    public static string? ComplexKeyMessage(YamlNode keyNode, string where) =>
        keyNode is YamlScalarNode ? null
        : $"a key in {where} is a {(keyNode is YamlSequenceNode ? "list" : "mapping")} ('? …' writes one as a key), which no key of {where} is: write the key as a word, as in 'title:'";

    public string? String(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar && scalar.Value is { } value) return value;
        Error(node, $"{what} must be text");
        return null;
    }

    public string? RequiredString(YamlMappingNode map, string key, string what)
    {
        var node = Find(map, key);
        if (node is null)
        {
            Error(map, $"{what} is missing: add '{key}:'");
            return null;
        }
        var value = String(node, what);
        if (value is { Length: 0 }) Error(node, $"{what} must not be empty");
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public int? Integer(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: var text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        // A whole number, but too large: say so, rather than that it is no whole number.
        Error(node, node is YamlScalarNode { Value: { } digits } && System.Numerics.BigInteger.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? $"{what} {digits} is outside the range it may take, {int.MinValue.ToString(CultureInfo.InvariantCulture)} to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}"
            : $"{what} must be a whole number");
        return null;
    }

    public bool? Boolean(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: var text } && bool.TryParse(text, out var value)) return value;
        Error(node, $"{what} must be true or false");
        return null;
    }
}
