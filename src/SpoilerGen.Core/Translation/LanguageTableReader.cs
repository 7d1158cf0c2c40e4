using System.Globalization;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load;
using SpoilerGen.Load.Yaml;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Translation;

/// <summary>
/// Reads a translation table's YAML (<c>direction</c>, <c>plural</c>, <c>number</c>, <c>date</c>, <c>text</c>),
/// reporting each wrong value at its line and column: a plural rule CLDR would not read, a plural form
/// without <c>other</c>, a text that is not text.
/// </summary>
public static class LanguageTableReader
{
    public static readonly string[] Keys = ["name", "direction", "plural", "number", "date", "text"];

    /// <param name="placeholdersAllowed">The placeholders SpoilerGen fills in a key's words, or null for a key it does not know (a theme's own, filled by its templates).</param>
    public static LanguageTableSource? Read(string text, string displayPath, DiagnosticBag diagnostics, Func<string, IReadOnlyCollection<string>?>? placeholdersAllowed = null)
    {
        if (YamlMappingFile.Read(text, displayPath, diagnostics, DiagnosticCodes.TranslationFileInvalid, DiagnosticCodes.TranslationFileInvalid,
            "a translation file is a YAML mapping: 'text:' and the keys under it", emptyIsMapping: true) is not { } root) return null;

        var reader = new YamlNodeReader(displayPath, 0, diagnostics, DiagnosticCodes.TranslationFileInvalid);
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(root).Where(entry => !Keys.Contains(entry.Key)))
        {
            reader.Error(keyNode, KeySuggestions.UnknownKeyMessage(key, "a translation file", Keys));
        }
        var name = reader.String(YamlNodeReader.Find(root, "name"), "the language's name");
        var direction = Direction(reader, YamlNodeReader.Find(root, "direction"));
        var plurals = Plurals(reader, YamlNodeReader.Find(root, "plural"));
        var numbers = Numbers(reader, YamlNodeReader.Find(root, "number"));
        var dates = Dates(reader, YamlNodeReader.Find(root, "date"));
        var messages = Messages(reader, YamlNodeReader.Find(root, "text"), placeholdersAllowed ?? (_ => null));
        return new LanguageTableSource(name, direction, plurals, numbers, dates, messages);
    }

    private static string? Direction(YamlNodeReader reader, YamlNode? node)
    {
        var text = reader.String(node, "the direction");
        if (node is null || text is null) return null;
        if (text is "ltr" or "rtl") return text;
        reader.Error(node, $"the direction '{text}' is 'ltr' (left to right) or 'rtl' (right to left)");
        return null;
    }

    private static PluralRules? Plurals(YamlNodeReader reader, YamlNode? node)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: "" or null }) return PluralRules.None;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "plural is a mapping of CLDR categories to their rules, as in 'plural: { one: \"i = 1 and v = 0\" }'");
            return null;
        }
        var rules = new List<(string, PluralRule)>();
        foreach (var (category, keyNode, value) in YamlNodeReader.Entries(map))
        {
            if (!PluralRules.Categories.Contains(category) || category == PluralRules.Other)
            {
                reader.Error(keyNode, $"'{category}' is not a plural category with a rule: use zero, one, two, few or many ('other' is every count the rules leave)");
                continue;
            }
            if (reader.String(value, $"the rule for '{category}'") is not { } text) continue;
            if (PluralRule.Parse(text, out var problem) is { } rule) rules.Add((category, rule));
            else reader.Error(value, $"the rule for '{category}' is not a CLDR plural rule: {problem}");
        }
        return new PluralRules(rules);
    }

    private static NumberFormat? Numbers(YamlNodeReader reader, YamlNode? node)
    {
        if (node is null) return null;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "number is a mapping, as in 'number: { group: \".\", minimum_grouping_digits: 1 }'");
            return null;
        }
        foreach (var (key, keyNode, _) in YamlNodeReader.Entries(map).Where(entry => entry.Key is not ("group" or "minimum_grouping_digits")))
        {
            reader.Error(keyNode, KeySuggestions.UnknownKeyMessage(key, "'number'", ["group", "minimum_grouping_digits"]));
        }
        var group = reader.String(YamlNodeReader.Find(map, "group"), "the group separator") ?? NumberFormat.Default.GroupSeparator;
        var minimum = reader.Integer(YamlNodeReader.Find(map, "minimum_grouping_digits"), "minimum_grouping_digits") ?? 1;
        if (minimum is < 1 or > 9)
        {
            reader.Error(YamlNodeReader.Find(map, "minimum_grouping_digits")!, "minimum_grouping_digits is from 1 to 9");
            minimum = 1;
        }
        return new NumberFormat(group, minimum);
    }

    private static DateFormat? Dates(YamlNodeReader reader, YamlNode? node)
    {
        if (node is null) return null;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "date is a mapping, as in 'date: { pattern: \"{day} {month} {year}\", months: [January, ...] }'");
            return null;
        }
        var pattern = reader.RequiredString(map, "pattern", "the date pattern");
        var monthsNode = YamlNodeReader.Find(map, "months");
        if (monthsNode is not YamlSequenceNode { Children.Count: 12 } months)
        {
            reader.Error(monthsNode ?? map, "months is a list of the twelve months' names, January first");
            return null;
        }
        var names = months.Children.Select((month, index) => reader.String(month, $"month {(index + 1).ToString(CultureInfo.InvariantCulture)}") ?? "").ToArray();
        return pattern is null ? null : new DateFormat(pattern, names);
    }

    private static Dictionary<string, (TranslationMessage, SourcePosition)> Messages(YamlNodeReader reader, YamlNode? node, Func<string, IReadOnlyCollection<string>?> placeholdersAllowed)
    {
        var messages = new Dictionary<string, (TranslationMessage, SourcePosition)>(StringComparer.Ordinal);
        if (node is null) return messages;
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "text is a mapping of keys to their words, as in 'text: { menu: Menu }'");
            return messages;
        }
        foreach (var (key, keyNode, value) in YamlNodeReader.Entries(map))
        {
            if (value is YamlScalarNode { Value: { } single })
            {
                CheckWords(reader, key, value, single, placeholdersAllowed(key));
                messages[key] = (TranslationMessage.Single(single), reader.PositionOf(keyNode));
                continue;
            }
            if (value is not YamlMappingNode forms)
            {
                reader.Error(value, $"the words for '{key}' are text, or a mapping of plural categories to text ('one: ...', 'other: ...')");
                continue;
            }
            var byCategory = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (category, categoryNode, form) in YamlNodeReader.Entries(forms))
            {
                if (!PluralRules.Categories.Contains(category)) reader.Error(categoryNode, $"'{category}' is not a plural category: use zero, one, two, few, many or other");
                else if (reader.String(form, $"the '{category}' form of '{key}'") is { } text)
                {
                    CheckWords(reader, key, form, text, placeholdersAllowed(key));
                    byCategory[category] = text;
                }
            }
            if (!byCategory.ContainsKey(PluralRules.Other))
            {
                reader.Error(value, DiagnosticCodes.TranslationKeyMissing, $"the plural forms of '{key}' have no 'other': every language needs it, for the counts its rules leave");
                continue;
            }
            messages[key] = (new TranslationMessage(byCategory), reader.PositionOf(keyNode));
        }
        return messages;
    }

    /// <summary>
    /// A placeholder SpoilerGen never fills would be published as written ("Ep 5 {title}"): an error at the words. So
    /// would spoiler markup: the theme's words are the same in every tree and never read as Markdown.
    /// </summary>
    private static void CheckWords(YamlNodeReader reader, string key, YamlNode node, string text, IReadOnlyCollection<string>? allowed)
    {
        if (Markup.Checks.SpoilerMarkupLookalike.Find(text, foreignSyntax: false) is { } found)
        {
            reader.Error(node, found.Code, found.Message($"the translation of '{key}'") + "; a translation's words are the same in every tree and are not read as Markdown");
        }
        if (allowed is null) return;
        foreach (var name in TranslationMessage.PlaceholdersOf(text).Distinct().Where(name => !allowed.Contains(name)))
        {
            var known = allowed.Count == 0 ? "it has none" : "it has " + string.Join(", ", allowed.Order(StringComparer.Ordinal).Select(placeholder => $"{{{placeholder}}}"));
            reader.Error(node, $"the words for '{key}' hold the placeholder '{{{name}}}', which SpoilerGen never fills there: {known}");
        }
    }
}
