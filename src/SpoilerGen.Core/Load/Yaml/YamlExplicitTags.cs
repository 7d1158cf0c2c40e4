using SpoilerGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Yaml;

/// <summary>
/// Refuses an explicit YAML tag on a value (<c>slug: !foo x</c>, <c>summary: !!binary aGVsbG8=</c>): SpoilerGen reads
/// values as text, numbers, dates, lists and mappings, so the tag would be dropped without a word and the value taken
/// as written (a <c>!!binary</c> summary published as its base64). Only tags that say what the value already is
/// (<c>!!str</c> or <c>!</c> on text, <c>!!seq</c> on a list, <c>!!map</c> on a mapping) are read, as YAML's core schema would.
/// </summary>
public static class YamlExplicitTags
{
    private const string CorePrefix = "tag:yaml.org,2002:";

    /// <summary>Reports each refused tag under <paramref name="root"/> at its value, with <paramref name="code"/>.</summary>
    public static void Report(YamlNode root, string displayPath, int lineOffset, DiagnosticBag diagnostics, string code)
    {
        // A stack of its own: YAML may nest deeper than the call stack.
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!node.Tag.IsEmpty && !SaysWhatItIs(node, node.Tag.Value))
            {
                diagnostics.Error(new SourcePosition(displayPath, lineOffset + (int)node.Start.Line, (int)node.Start.Column), code,
                    $"the YAML tag '{Shown(node.Tag.Value)}' is not read: SpoilerGen would drop it and take the value as written" +
                    (node.Tag.Value == CorePrefix + "binary" ? ", its base64 text published rather than decoded" : "") + "; remove the tag");
            }
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children.Reverse())
                    {
                        pending.Push(value);
                        pending.Push(key);
                    }
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children.Reverse()) pending.Push(item);
                    break;
            }
        }
    }

    private static bool SaysWhatItIs(YamlNode node, string tag) => node switch
    {
        YamlScalarNode => tag is "!" or CorePrefix + "str",
        YamlSequenceNode => tag is CorePrefix + "seq",
        YamlMappingNode => tag is CorePrefix + "map",
        _ => false,
    };

    private static string Shown(string tag) => tag.StartsWith(CorePrefix, StringComparison.Ordinal) ? "!!" + tag[CorePrefix.Length..] : tag;
}
