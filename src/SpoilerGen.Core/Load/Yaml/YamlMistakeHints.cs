using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace SpoilerGen.Load.Yaml;

/// <summary>
/// What to write instead, for the YAML and front matter mistakes authors make, most of them coming from
/// Hugo or Jekyll: a value holding ": " left unquoted, tabs for indentation, Hugo's TOML or JSON front
/// matter, a missing closing '---', their front matter keys (description, categories, layout, permalink…),
/// tags written as one string, and dates whose day and month cannot be told apart. The parser's own text
/// says what it could not read; these say what to write.
/// </summary>
public static partial class YamlMistakeHints
{
    /// <summary>Front matter keys of Hugo and Jekyll that SpoilerGen spells otherwise or does without, and what to write.</summary>
    private static readonly Dictionary<string, string> ForeignKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["description"] = "did you mean 'summary'? SpoilerGen's summary is Hugo's description: the text of lists, feeds and share previews",
        ["excerpt"] = "did you mean 'summary'? SpoilerGen's summary is Jekyll's excerpt: the text of lists, feeds and share previews",
        ["categories"] = "SpoilerGen has one taxonomy, tags: write 'tags: [a, b]' (a tag may have its own 'spoiler:')",
        ["keywords"] = "SpoilerGen has one taxonomy, tags: write 'tags: [a, b]'",
        ["layout"] = "SpoilerGen picks a page's template from its kind (home, section or page); to change how pages look, run 'spoilergen theme export' and edit the templates",
        ["type"] = "a page's kind comes from its file: _index.md is a section, any other .md a page",
        ["permalink"] = "a page's URL is its path under content/; to change its last part, write 'slug:'",
        ["url"] = "a page's URL is its path under content/; to change its last part, write 'slug:'",
        ["aliases"] = "SpoilerGen writes no redirects; a moved page keeps its old path only if you keep its file there",
        ["published"] = "to keep a page out of the build, write 'draft: true'",
        ["publishDate"] = "did you mean 'date'?",
        ["expiryDate"] = "SpoilerGen does not expire pages; remove it, or keep it under 'extra:'",
        ["modified"] = "did you mean 'lastmod'?",
        ["updated"] = "did you mean 'lastmod'?",
        ["last_modified_at"] = "did you mean 'lastmod'?",
        ["linkTitle"] = "did you mean 'title'? A page has one title (progressive if it must change by episode)",
        ["featured_image"] = "did you mean 'image'?",
        ["cover"] = "did you mean 'image'?",
        ["thumbnail"] = "did you mean 'image'?",
        ["images"] = "did you mean 'image'? A page has one image",
    };

    /// <summary>A hint for an unknown front matter key that Hugo or Jekyll use, or null.</summary>
    public static string? ForFrontMatterKey(string key) => ForeignKeys.GetValueOrDefault(key);

    /// <summary>
    /// The message for a YAML syntax error: the parser's text, then what to write when the lines around the
    /// error show a known mistake.
    /// </summary>
    /// <param name="lineOffset">How many lines of the file come before the YAML, so that a line named in a hint is the file's.</param>
    public static string SyntaxMessage(string yaml, YamlException exception, int lineOffset = 0)
    {
        var parserText = exception.InnerException?.Message ?? exception.Message;
        var hint = ForSyntaxError(yaml, (int)exception.Start.Line, lineOffset);
        return hint is null ? parserText : $"{hint} (the YAML parser says: {parserText.TrimEnd('.')})";
    }

    /// <summary>What to write for the mistake on or just before the one-based <paramref name="errorLine"/>, or null.</summary>
    public static string? ForSyntaxError(string yaml, int errorLine, int lineOffset = 0)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        var last = Math.Clamp(errorLine, 1, lines.Length);
        // YamlDotNet places a tab's error at the mapping it breaks, the line before the tab.
        for (var number = Math.Max(1, last - 1); number <= Math.Min(lines.Length, last + 1); number++)
        {
            if (TabIndent().IsMatch(lines[number - 1]))
            {
                return $"line {number + lineOffset} is indented with a tab, which YAML does not allow; indent with spaces";
            }
        }
        for (var number = last; number >= Math.Max(1, last - 1); number--)
        {
            var line = lines[number - 1];
            if (PlainEntry().Match(line) is not { Success: true } entry) continue;
            var (indent, key, value) = (entry.Groups["indent"].Value, entry.Groups["key"].Value, entry.Groups["value"].Value.TrimEnd());
            if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))
            {
                return $"the value of '{key}' holds ': ', which YAML reads as the start of another key; quote the value: {indent}{key}: {Quoted(value)}";
            }
            if (value[0] is '@' or '`' or '%')
            {
                return $"a YAML value cannot start with '{value[0]}'; quote it: {indent}{key}: {Quoted(value)}";
            }
            if (value[0] is '"' or '\'' && value.IndexOf(value[0], 1) is var close and > 0 && close < value.Length - 1 && !value[(close + 1)..].TrimStart().StartsWith('#'))
            {
                return $"the value of '{key}' goes on after its closing quote; quote the whole value: {indent}{key}: {Quoted(value.Replace(value[0].ToString(), "", StringComparison.Ordinal))}";
            }
        }
        return null;
    }

    /// <summary>For YAML that is one plain line rather than key: value lines, such as 'title:Sae-byeok' without its space.</summary>
    public static string ForNotAMapping(string yaml)
    {
        var first = yaml.Split('\n').FirstOrDefault(line => line.Trim().Length > 0)?.Trim() ?? "";
        return MissingSpace().Match(first) is { Success: true } match
            ? $"front matter must be a YAML mapping (key: value lines); put a space after the colon: {match.Groups["key"].Value}: {match.Groups["value"].Value}"
            : "front matter must be a YAML mapping (key: value lines)";
    }

    /// <summary>
    /// For a file that opens with another generator's front matter: Hugo's TOML between '+++' lines, or its
    /// JSON object. Null when the file's first line is neither.
    /// </summary>
    public static string? ForForeignFrontMatter(string text)
    {
        var first = text.Split('\n', 2)[0].TrimEnd();
        if (first == "+++")
        {
            return "this is TOML front matter (Hugo's '+++'); SpoilerGen reads YAML between '---' lines: write '---' for both '+++' lines and 'key: value' for each 'key = value', as in title: \"Nam-ra\" for title = \"Nam-ra\"";
        }
        if (first == "{")
        {
            return "this is JSON front matter (Hugo's '{ … }'); SpoilerGen reads YAML between '---' lines: write '---', then 'key: value' for each \"key\": value, then '---'";
        }
        return null;
    }

    /// <summary>
    /// For front matter opened with '---' and never closed: the line before which the closing '---' most likely
    /// belongs (the first blank line, or the first that cannot be YAML), or null.
    /// </summary>
    public static string UnclosedMessage(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        const string Start = "front matter opened with '---' is never closed with a second '---' line";
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line is "..." or "—" or "--" or "----")
            {
                return $"{Start}; add one before line {i + 1}, where the page's text starts";
            }
        }
        return Start;
    }

    /// <summary>
    /// For a date written day and month first or month first: YAML and SpoilerGen read only year first. Null
    /// when the text is not of that shape.
    /// </summary>
    public static string? ForDate(string key, string text)
    {
        if (NumericDate().Match(text.Trim()) is not { Success: true } match) return null;
        var (first, second, year) = (int.Parse(match.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups["second"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["year"].Value);
        string Iso(int month, int day) => $"{key}: {year}-{month:00}-{day:00}";
        return first <= 12 && second <= 12 && first != second
            ? $"'{text.Trim()}' could be the {first} of month {second} or the {second} of month {first}; write the date year first: {Iso(second, first)} or {Iso(first, second)}"
            : $"write the date year first, as YAML does: {(first > 12 ? Iso(second, first) : Iso(first, second))}";
    }

    /// <summary>For tags written as one string: the list it most likely means, or null when it holds no comma.</summary>
    public static string? ForTags(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length < 2 ? null : $"tags must be a list, not one text; write: tags: [{string.Join(", ", names)}]";
    }

    private static string Quoted(string value) =>
        value.Contains('"') && !value.Contains('\'') ? $"'{value}'" : $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    [GeneratedRegex(@"^ *\t")]
    private static partial Regex TabIndent();

    [GeneratedRegex(@"^(?<indent>\s*(?:-\s+)?)(?<key>[A-Za-z_][\w-]*):[ \t]+(?<value>[^\s|>&*!\[{].*|[""'].*)$")]
    private static partial Regex PlainEntry();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*):(?<value>[^\s:/].*)$")]
    private static partial Regex MissingSpace();

    [GeneratedRegex(@"^(?<first>\d{1,2})[/.-](?<second>\d{1,2})[/.-](?<year>\d{4})$")]
    private static partial Regex NumericDate();
}
