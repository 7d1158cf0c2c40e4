using SpoilerGen.Load.Yaml;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Configuration;

/// <summary>Reads the config's <c>markup:</c> and <c>check:</c> mappings into <see cref="AuthoringSettings"/>.</summary>
public static class AuthoringSettingsReader
{
    /// <summary>The top-level keys this reader owns, for the config's list of known keys.</summary>
    public static readonly string[] Keys = ["markup", "check"];

    public static AuthoringSettings Read(YamlNodeReader reader, YamlMappingNode root) =>
        new(ReadRawHtml(reader, root), ReadAllowedNames(reader, root));

    private static bool ReadRawHtml(YamlNodeReader reader, YamlMappingNode root)
    {
        if (Section(reader, root, "markup", ["raw_html"]) is not { } markup) return false;
        return reader.Boolean(YamlNodeReader.Find(markup, "raw_html"), "markup: raw_html") ?? false;
    }

    private static IReadOnlyList<string> ReadAllowedNames(YamlNodeReader reader, YamlMappingNode root)
    {
        if (Section(reader, root, "check", ["allow_names"]) is not { } check || YamlNodeReader.Find(check, "allow_names") is not { } node) return [];
        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, "check: allow_names is a list of names, such as [Gi-hun, Sae-byeok]");
            return [];
        }
        var names = new List<string>();
        foreach (var item in list.Children)
        {
            var name = reader.String(item, "a name in check: allow_names");
            if (string.IsNullOrWhiteSpace(name)) reader.Error(item, "a name in check: allow_names must not be empty");
            else names.Add(name.Trim());
        }
        return names;
    }

    /// <summary>A mapping under <paramref name="key"/>, its unknown keys reported; null when absent or not a mapping.</summary>
    private static YamlMappingNode? Section(YamlNodeReader reader, YamlMappingNode root, string key, string[] known)
    {
        var node = YamlNodeReader.Find(root, key);
        if (node is null) return null;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, $"'{key}:' is a mapping, such as '{key}: {{ {known[0]}: … }}'");
            return null;
        }
        foreach (var (name, keyNode, _) in YamlNodeReader.Entries(map).Where(entry => !known.Contains(entry.Key)))
        {
            reader.Error(keyNode, KeySuggestions.UnknownKeyMessage(name, $"'{key}'", known));
        }
        return map;
    }
}
