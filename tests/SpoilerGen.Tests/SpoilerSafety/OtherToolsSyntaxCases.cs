using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Family 2 and 3 of issue 14, generated: every spoiler syntax of another tool that fans paste (Reddit, Discord,
/// BBCode, callouts, MkDocs, HTML, wiki templates, comments, …) × the words written before it × its case × the
/// container it is written in (paragraph, list item, blockquote, table cell, heading, spoiler block), then in front
/// matter values, tags and the config. Each must fail with SG0213 at the line and column where the syntax starts.
/// </summary>
public static class OtherToolsSyntaxCases
{
    private const string Foreign = DiagnosticCodes.ForeignSpoilerSyntax;

    /// <summary>
    /// One syntax: its text with "@S@" for the word "spoiler" (written in each case), the part of it where the error
    /// points, and whether it only means something at the start of a line (so no words go before it).
    /// </summary>
    private sealed record Syntax(string Name, string Text, string Anchor, bool LineStart = false, bool SingleLine = true);

    private static readonly Syntax[] Syntaxes =
    [
        new("reddit", ">!SECRET dies!<", ">!"),
        new("discord", "||SECRET dies||", "||"),
        new("discord with spaces", "|| SECRET dies ||", "||"),
        new("anilist", "~!SECRET dies!~", "~!"),
        new("anilist with spaces", "~! SECRET dies !~", "~!"),
        new("old reddit link", "[@S@](/s \"SECRET dies\")", "["),
        new("old reddit empty link", "[](/s \"SECRET dies\")", "["),
        new("bbcode", "[@S@]SECRET dies[/@S@]", "["),
        new("bbcode with a title", "[@S@=\"Episode 5\"]SECRET dies[/@S@]", "["),
        new("bbcode with an episode", "[@S@ s01e05]SECRET dies[/@S@]", "["),
        new("tv tropes", "[[@S@:SECRET dies]]", "[["),
        new("html element", "<@S@>SECRET dies</@S@>", "<"),
        new("html element with an episode", "<@S@ s01e05>SECRET dies</@S@>", "<"),
        new("span class", "<span class=\"@S@\">SECRET dies</span>", "class"),
        new("data attribute", "<span data-@S@>SECRET dies</span>", "data-"),
        new("details", "<details><summary>@S@</summary>SECRET dies</details>", "<details"),
        new("comment markers", "<!-- @S@ s01e05 -->SECRET dies<!-- /@S@ -->", "<!--"),
        new("mediawiki template", "{{@S@|SECRET dies}}", "{{"),
        new("hugo shortcode", "{{< @S@ >}}SECRET dies{{< /@S@ >}}", "{{<"),
        new("liquid tag", "{% @S@ %}SECRET dies{% end@S@ %}", "{%"),
        new("css hiding", "<span style=\"display:none\">SECRET dies</span>", "display"),
        new("obsidian comment", "%%SECRET dies%%", "%%"),
        new("callout", "> [!@S@] SECRET dies", "[!", LineStart: true),
        new("mkdocs folded", "??? @S@ \"SECRET dies\"", "???", LineStart: true),
        new("mkdocs admonition", "!!! @S@ \"SECRET dies\"", "!!!", LineStart: true),
        new("code fence", "```@S@\nSECRET dies\n```", "```", LineStart: true, SingleLine: false),
        new("asciidoc block", "[@S@]\nSECRET dies", "[", LineStart: true, SingleLine: false),
    ];

    private static readonly (string Name, Func<string, string> Apply)[] Cases =
    [
        ("lower case", word => word),
        ("upper case", word => word.ToUpperInvariant()),
        ("title case", word => char.ToUpperInvariant(word[0]) + word[1..]),
    ];

    private static readonly string[] WordsBefore = ["", "Beware ", "Major spoiler: "];

    /// <summary>A container: the lines before the syntax's line, the prefix of its first line and of the lines after.</summary>
    private sealed record Container(string Name, string Before, string Prefix, string Continuation, string After, bool TakesLineStart, bool TakesManyLines);

    private static readonly Container[] Containers =
    [
        new("paragraph", "", "", "", "", true, true),
        new("list item", "", "- ", "  ", "", true, true),
        new("blockquote", "", "> ", "> ", "", true, true),
        new("table cell", "| Episode | Note |\n| --- | --- |\n", "| 5 | ", "", " |", false, false),
        new("heading", "", "## ", "", "\n\nText.", false, false),
        new("spoiler block", "::: spoiler s01e02\n", "", "", "\n:::", true, true),
    ];

    public static IEnumerable<SafetyCase> All => InBodies.Concat(InFrontMatterAndConfig);

    private static IEnumerable<SafetyCase> InBodies
    {
        get
        {
            foreach (var syntax in Syntaxes)
            {
                foreach (var container in Containers)
                {
                    if (syntax.LineStart && !container.TakesLineStart) continue;
                    if (!syntax.SingleLine && !container.TakesManyLines) continue;
                    var seen = new HashSet<string>();
                    for (var variant = 0; variant < Cases.Length; variant++)
                    {
                        var (caseName, apply) = Cases[variant];
                        var words = syntax.LineStart ? "" : WordsBefore[variant];
                        var text = syntax.Text.Replace("@S@", apply("spoiler"), StringComparison.Ordinal);
                        if (!seen.Add(words + text)) continue;
                        var lines = text.Split('\n');
                        var body = container.Before + container.Prefix + words + lines[0]
                            + string.Concat(lines.Skip(1).Select(line => "\n" + container.Continuation + line)) + container.After + "\n";
                        var line = 4 + container.Before.Count(c => c == '\n');
                        var column = container.Prefix.Length + words.Length + text.IndexOf(syntax.Anchor, StringComparison.Ordinal) + 1;
                        var wordsName = words.Length == 0 ? "alone" : $"after '{words.Trim()}'";
                        yield return Page($"other tools: {syntax.Name}, {caseName}, {wordsName}, in a {container.Name}", body, Error(Foreign, line, column));
                    }
                }
            }
        }
    }

    /// <summary>Front matter and the config are never read as Markdown: the same syntax there is refused at its value.</summary>
    private static IEnumerable<SafetyCase> InFrontMatterAndConfig
    {
        get
        {
            foreach (var syntax in Syntaxes.Where(s => s.SingleLine))
            {
                // YAML's single quotes take any text but a single quote, which is doubled.
                var value = "'" + syntax.Text.Replace("@S@", "Spoiler", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
                yield return File($"other tools in front matter: {syntax.Name} in a title", PagePath, $"---\ntitle: {value}\n---\nText.\n", Error(Foreign, 2, 8));
                yield return File($"other tools in front matter: {syntax.Name} in a tag", PagePath, $"---\ntitle: Page\ntags:\n  - {value}\n---\nText.\n", Error(Foreign, 4, 5));
                yield return File($"other tools in the config: {syntax.Name} in the description", "spoilergen.yml",
                    $"title: Guide\ndescription: {value}\nseries:\n  seasons:\n    - number: 1\n      episodes:\n        - id: s01e01\n        - id: s01e05\n",
                    Error(Foreign, 2, 14, "spoilergen.yml"));
            }
        }
    }
}
