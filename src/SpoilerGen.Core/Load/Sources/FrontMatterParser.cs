using System.Collections.Immutable;
using System.Globalization;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Configuration;
using SpoilerGen.Load.Jail;
using SpoilerGen.Load.Yaml;
using SpoilerGen.Markup.Checks;
using SpoilerGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpoilerGen.Load.Sources;

/// <summary>Reads front matter YAML into a <see cref="FrontMatter"/>, resolving every episode id it names.</summary>
public sealed partial class FrontMatterParser(Timeline timeline, DiagnosticBag diagnostics)
{
    /// <summary>The key that means "before the first episode" in a progressive value.</summary>
    public const string StartKey = "start";

    /// <summary>The key under which authors keep data of their own; SpoilerGen neither reads nor checks it.</summary>
    public const string ExtraKey = "extra";

    private static readonly string[] KnownKeys = ["title", "summary", "tags", "weight", "draft", "slug", "spoiler", "image", "date", "lastmod", ExtraKey];
    private static readonly string[] TagKeys = ["name", "spoiler"];

    /// <summary>
    /// Characters of a title, or of any front matter value but a summary, a tag and a slug (those have their own limit).
    /// A title is repeated into every tree's page, lists, feed, search index and share tags: 8 MB of title wrote
    /// 329 MB and took 1.7 GB. A real title is under a hundred characters.
    /// </summary>
    public const int MaximumValueLength = 4_096;

    /// <summary>Characters of a summary, shown in every list and feed of every tree: a few paragraphs.</summary>
    public const int MaximumSummaryLength = 16_384;

    public FrontMatter Parse(string displayPath, string? yaml, int lineOffset, CancellationToken cancellationToken = default)
    {
        var position = SourcePosition.StartOf(displayPath);
        if (string.IsNullOrWhiteSpace(yaml)) return FrontMatter.Empty(position);
        if (YamlLimits.Check(yaml, cancellationToken) is { } limit)
        {
            diagnostics.Error(new SourcePosition(displayPath, lineOffset + limit.Line, limit.Column), limit.Code, limit.Message);
            return FrontMatter.Unreadable(position);
        }

        YamlMappingNode map;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Error(position with { Line = lineOffset + 1 }, DiagnosticCodes.FrontMatterSyntax, YamlMistakeHints.ForNotAMapping(yaml));
                return FrontMatter.Unreadable(position);
            }
            map = root;
        }
        catch (YamlException exception)
        {
            diagnostics.Error(new SourcePosition(displayPath, lineOffset + (int)exception.Start.Line, (int)exception.Start.Column),
                DiagnosticCodes.FrontMatterSyntax, YamlMistakeHints.SyntaxMessage(yaml, exception, lineOffset));
            return FrontMatter.Unreadable(position);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed flows ("a: [b" then "c: {d: e").
            var (line, column) = YamlFailurePosition.Of(yaml);
            diagnostics.Error(new SourcePosition(displayPath, lineOffset + line, column), DiagnosticCodes.FrontMatterSyntax, "the YAML cannot be read from here: a '[' or '{' is never closed");
            return FrontMatter.Unreadable(position);
        }

        YamlExplicitTags.Report(map, displayPath, lineOffset, diagnostics, DiagnosticCodes.YamlTagNotRead);
        var reader = new YamlNodeReader(displayPath, lineOffset, diagnostics, DiagnosticCodes.FrontMatterInvalid);
        var hasNullValues = false;
        foreach (var (key, keyNode, value) in YamlNodeReader.Entries(map))
        {
            // A misspelt 'spoiler' would publish the page to everyone: an unknown key is an error.
            if (!KnownKeys.Contains(key))
            {
                reader.Error(keyNode, DiagnosticCodes.UnknownFrontMatterKey, YamlNodeReader.ComplexKeyMessage(keyNode, "front matter") is { } complex ? complex
                    : YamlMistakeHints.ForFrontMatterKey(key) is { } hint
                    ? $"unknown key '{key}' in front matter; {hint}"
                    : KeySuggestions.UnknownKeyMessage(key, "front matter", KnownKeys, $"Keep data of your own under '{ExtraKey}:'."));
                continue;
            }
            if (key != ExtraKey) hasNullValues |= CheckValues(reader, value, key);
        }
        if (hasNullValues) return FrontMatter.Unreadable(reader.PositionOf(map));

        var spoilerNode = YamlNodeReader.Find(map, "spoiler");
        var level = spoilerNode is null ? 0 : ResolveLevel(reader, spoilerNode, reader.String(spoilerNode, "spoiler")) ?? timeline.LastIndex;

        var imageNode = YamlNodeReader.Find(map, "image");
        return new FrontMatter(
            Title: Progressive(reader, YamlNodeReader.Find(map, "title"), "title"),
            Summary: Progressive(reader, YamlNodeReader.Find(map, "summary"), "summary"),
            Tags: Tags(reader, YamlNodeReader.Find(map, "tags")),
            Weight: reader.Integer(YamlNodeReader.Find(map, "weight"), "weight") ?? 0,
            Draft: reader.Boolean(YamlNodeReader.Find(map, "draft"), "draft") ?? false,
            Slug: Slug(reader, YamlNodeReader.Find(map, "slug")),
            Level: level,
            Image: Image(reader, imageNode),
            Position: reader.PositionOf(map))
        {
            ImageValues = ImageValues(reader, imageNode),
            Date = Date(reader, YamlNodeReader.Find(map, "date"), "date"),
            LastModified = Date(reader, YamlNodeReader.Find(map, "lastmod"), "lastmod"),
        };
    }

    /// <summary>
    /// Reports, in every value under a key, what would be published wrongly: a YAML null (<c>title: ~</c>
    /// is no title, not a title "~"), and text that looks like spoiler markup, which front matter never parses.
    /// Returns whether a null, or a value too long to repeat into every tree, was found: the page is not built from it. Walks with a stack of its own: YAML may nest deeper than the call stack.
    /// </summary>
    private bool CheckValues(YamlNodeReader reader, YamlNode value, string key)
    {
        var hasNull = false;
        var pending = new Stack<YamlNode>([value]);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } text } scalar when MaximumLengthOf(key) is { } maximum && text.Length > maximum:
                    reader.Error(scalar, DiagnosticCodes.FrontMatterValueTooLong,
                        $"'{key}' is {text.Length:N0} characters long, more than the {maximum:N0} a page may repeat into every tree and list; shorten it, and put long text in the page's body");
                    hasNull = true;
                    break;
                case YamlScalarNode scalar when IsNull(scalar):
                    reader.Error(scalar, DiagnosticCodes.FrontMatterNullValue,
                        $"'{key}' has no value ('{scalar.Value}' is YAML's null); write a value, or quote it (\"~\") if you mean the text, or remove the key");
                    hasNull = true;
                    break;
                case YamlScalarNode scalar when SpoilerMarkupLookalike.Find(scalar.Value, timeline) is { } found:
                    reader.Error(scalar, found.Code,
                        found.Message($"the front matter value of '{key}'") + "; front matter never holds spoiler markup: give a progressive value ('start: …' and 's01e05: …') or a tag's 'spoiler:'");
                    break;
                case YamlMappingNode map:
                    foreach (var (_, childKeyNode, child) in YamlNodeReader.Entries(map).Reverse())
                    {
                        if (childKeyNode is YamlScalarNode keyScalar && SpoilerMarkupLookalike.Find(keyScalar.Value, timeline) is { } foundInKey)
                        {
                            reader.Error(keyScalar, foundInKey.Code, foundInKey.Message($"a key under '{key}'"));
                        }
                        pending.Push(child);
                    }
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children.Reverse()) pending.Push(item);
                    break;
            }
        }
        return hasNull;
    }

    /// <summary>The longest value a key may hold, or null where another limit applies (a tag's or slug's name, <c>extra:</c>).</summary>
    private static int? MaximumLengthOf(string key) => key switch
    {
        "summary" => MaximumSummaryLength,
        "tags" or "slug" or ExtraKey => null,
        _ => MaximumValueLength,
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A time's offset from UTC at the end of a date ('Z', '+14:00', '-0130').</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TimeOffset();

    /// <summary>A date as YAML writes it (<c>2024-05-01</c> or <c>2024-05-01T20:00:00+09:00</c>); without an offset it is UTC.</summary>
    private static DateTimeOffset? Date(YamlNodeReader reader, YamlNode? node, string key)
    {
        var text = reader.String(node, key);
        if (node is null || text is null) return null;
        if (YamlMistakeHints.ForDate(key, text) is { } hint)
        {
            reader.Error(node, hint);
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)) return date.ToUniversalTime();
        // A date whose offset takes it before year 1 or after 9999 in UTC: it is a date, but not one a feed or sitemap can write.
        reader.Error(node, DateTime.TryParse(TimeOffset().Replace(text.Trim(), ""), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)
            ? $"{key} '{text}' falls outside the calendar once its offset is applied (dates run from 0001-01-01 to 9999-12-31 in UTC); write a date within it"
            : $"{key} must be a date, as in '{key}: 2024-05-01' or '{key}: 2024-05-01T20:00:00+09:00'");
        return null;
    }

    private int? ResolveLevel(YamlNodeReader reader, YamlNode node, string? episodeId)
    {
        if (episodeId is null) return null;
        if (episodeId == StartKey) return 0;
        if (timeline.TryGetLevel(episodeId, out var level)) return level;
        reader.Error(node, DiagnosticCodes.UnknownEpisode, $"unknown episode '{episodeId}'; {timeline.DescribeKnownIds()}");
        return null;
    }

    /// <summary>A plain value, or a mapping from <c>start</c> or an episode id to the value shown from there on.</summary>
    private ProgressiveValue<string>? Progressive(YamlNodeReader reader, YamlNode? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { Length: > 0 } value } when string.IsNullOrWhiteSpace(value):
                // Blank, it would name the page with nothing: an empty <title>, links with no visible text.
                reader.Error(node, $"{what} is blank; write words, or leave the key out");
                return null;
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return ProgressiveValue<string>.Constant(value);
            case YamlMappingNode map:
                var entries = new List<LeveledValue<string>>();
                foreach (var (key, keyNode, valueNode) in YamlNodeReader.Entries(map))
                {
                    var level = ResolveLevel(reader, keyNode, key);
                    var value = reader.String(valueNode, what);
                    if (level is null || value is null) continue;
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        // Dropped, the earlier value would go on being shown from here, which is not what the author wrote.
                        reader.Error(valueNode, $"{what} has no words for '{key}'; write the value shown from there on, or leave the key out");
                        continue;
                    }
                    if (entries.Any(e => e.Level == level))
                    {
                        reader.Error(keyNode, $"{what} has two values for '{key}'");
                        continue;
                    }
                    entries.Add(new LeveledValue<string>(level.Value, value));
                }
                if (entries.Count == 0)
                {
                    reader.Error(map, $"{what} maps no episode to a value; write 'start: …' and episode ids, as in 's01e05: …'");
                    return null;
                }
                return new ProgressiveValue<string>([.. entries.OrderBy(e => e.Level)]);
            default:
                reader.Error(node, $"{what} must be text, or a mapping from 'start' and episode ids to text");
                return null;
        }
    }

    /// <summary>
    /// The page's picture, plain or progressive like a title: each value a file under <c>static/</c>. A URL
    /// elsewhere is refused, as the reader's browser would ask another host for it.
    /// </summary>
    private ProgressiveValue<string>? Image(YamlNodeReader reader, YamlNode? node)
    {
        var image = Progressive(reader, node, "image");
        if (node is null || image is null) return image;
        foreach (var entry in image.Entries.Where(entry => ThemeSettingsReader.StaticPath(entry.Value) is null))
        {
            var valueNode = node is YamlMappingNode map
                ? YamlNodeReader.Entries(map).First(pair => (pair.Value as YamlScalarNode)?.Value == entry.Value).Value
                : node;
            reader.Error(valueNode, DiagnosticCodes.PageImageInvalid,
                $"the image '{entry.Value}' must be a file in the site's static/ folder, written as a path such as '/images/nam-ra.svg'");
            return null;
        }
        return image;
    }

    /// <summary>The text values under <c>image:</c> (one, or one per episode key), each at its own position.</summary>
    private static ImmutableArray<(string Value, SourcePosition Position)> ImageValues(YamlNodeReader reader, YamlNode? node) => node switch
    {
        YamlScalarNode { Value: { } value } => [(value, reader.PositionOf(node))],
        YamlMappingNode map => [.. YamlNodeReader.Entries(map)
            .Where(entry => entry.Value is YamlScalarNode { Value: not null })
            .Select(entry => (((YamlScalarNode)entry.Value).Value!, reader.PositionOf(entry.Value)))],
        _ => [],
    };

    /// <summary>A slug too long to name a folder is reported here, at its value; an empty one where the page is made, for pages only.</summary>
    private static string? Slug(YamlNodeReader reader, YamlNode? node)
    {
        var slug = reader.String(node, "slug");
        if (slug is not null) ReportLongName(reader, node!, ContentNameRules.LongSlug(slug));
        return slug;
    }

    private static void ReportLongName(YamlNodeReader reader, YamlNode node, NameProblem? problem)
    {
        if (problem is not null) reader.Error(node, problem.Code, problem.Message);
    }

    private ImmutableArray<TagReference> Tags(YamlNodeReader reader, YamlNode? node)
    {
        if (node is null) return [];
        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, (node as YamlScalarNode)?.Value is { } text && YamlMistakeHints.ForTags(text) is { } hint
                ? hint
                : "tags must be a list, as in 'tags: [students, survivors]'");
            return [];
        }
        var tags = ImmutableArray.CreateBuilder<TagReference>();
        foreach (var item in list.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } name }:
                    ReportLongName(reader, item, ContentNameRules.TagName(name));
                    tags.Add(new TagReference(name, 0));
                    break;
                case YamlMappingNode map:
                    foreach (var (key, keyNode, _) in YamlNodeReader.Entries(map).Where(entry => !TagKeys.Contains(entry.Key)))
                    {
                        reader.Error(keyNode, DiagnosticCodes.UnknownFrontMatterKey, KeySuggestions.UnknownKeyMessage(key, "a tag", TagKeys));
                    }
                    var tagName = reader.RequiredString(map, "name", "the tag name");
                    if (tagName is not null) ReportLongName(reader, YamlNodeReader.Find(map, "name")!, ContentNameRules.TagName(tagName));
                    var spoilerNode = YamlNodeReader.Find(map, "spoiler");
                    var level = spoilerNode is null ? 0 : ResolveLevel(reader, spoilerNode, reader.String(spoilerNode, "the tag's spoiler"));
                    if (tagName is not null && level is not null) tags.Add(new TagReference(tagName, level.Value));
                    break;
                default:
                    reader.Error(item, "a tag is a name, or a mapping with 'name:' and 'spoiler:'");
                    break;
            }
        }
        return tags.ToImmutable();
    }
}
