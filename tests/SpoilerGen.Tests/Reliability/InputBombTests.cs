using SpoilerGen.Build;
using SpoilerGen.Load;
using SpoilerGen.Load.Sources;
using SpoilerGen.Tests.Support;
using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// Inputs built to never finish (YAML aliases that refer to themselves or multiply, YAML and Markdown
/// nested thousands deep) end in one positioned error in about the time it takes to read them. Before
/// these limits, the self-referencing alias grew to 23 GB, nine levels of aliases took over 90 s, and
/// spoiler blocks or lists nested 10,000 deep took 54 to 295 s to be refused. Containers inside quotes got past
/// the first scan: '> ::: spoiler s01e01' on 10,000 lines took 36 s, lists indented in a quote 1,000 deep 14 s.
/// Each bound is on the processor time of the build, measured alone in the test process (<see cref="WorkCost"/>): a bound
/// on wall time measured the machine, and failed beside the rest of the suite on two cores.
/// </summary>
[Collection(TimedWorkCollection.Name)]
public sealed class InputBombTests
{
    /// <summary>Far above reading a few megabytes (well under a second each); far below what the bombs took.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    /// <summary>Nine levels of ten aliases each: 10⁹ values once expanded.</summary>
    private static string BillionLaughs(string indent) =>
        $"{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + string.Concat(Enumerable.Range(1, 8).Select(level => $"{indent}a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n"));

    public static TheoryData<string> Bombs() =>
    [
        "self-referencing alias in the episode list",
        "billion laughs in spoilergen.yml",
        "billion laughs in front matter",
        "YAML lists nested 10,000 deep in spoilergen.yml",
        "YAML mappings nested 10,000 deep in front matter",
        "spoiler blocks nested 10,000 deep",
        "lists nested 1,500 deep by indentation",
        "lists nested 10,000 deep on one line",
        "blockquotes nested 10,000 deep",
        "empty list items nested 1,000 deep by indentation",
        "brackets nested 50,000 deep",
        "spoiler phrases nested 5,000 deep",
        "'[' × 10,000 then '](x' × 10,000: links that never close",
        "'> ::: spoiler s01e01' × 10,000",
        "'::: spoiler s01e01' under '> ' one more each line, 1,000 lines",
        "lists indented inside a quote, 1,000 deep",
        "quotes and list items one more each line, 1,000 lines",
        "a pipe table of 5,000 columns and 200 rows",
        "a pipe table of 100,701 cells in a quote",
    ];

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_bomb_is_refused_at_its_place_within_seconds(string name)
    {
        using var site = new TestSite(episodeCount: 3);
        // Once first, so that the bound measures the bomb, not the JIT compiling the pipeline.
        SiteBuilder.Build(new BuildOptions(site.Root, site.Output + "-warm"));
        var (code, path, line, column) = Arrange(name, site);

        var errors = BuildWithin(site, Bound, name).Diagnostics.Where(d => d.IsError).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.EndsWith(path, error.Position.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>Builds the site, failing the test once the build has used <paramref name="bound"/> of processor time.</summary>
    private static BuildResult BuildWithin(TestSite site, TimeSpan bound, string name) =>
        WorkCost.Within(() => SiteBuilder.Build(new BuildOptions(site.Root, site.Output)), bound, name);

    /// <summary>
    /// A pipe table of <paramref name="columns"/> one-letter cells, a header and <paramref name="rows"/> rows (each cell is
    /// two characters: 5,000 columns of 200 rows are 2 MB), each line after <paramref name="prefix"/>.
    /// Before the limit, 5,000 × 200 took 28 s of CPU time and 1.4 GB, and 17 s or more from SIGTERM to exit.
    /// </summary>
    private static string Table(int columns, int rows, string prefix) =>
        prefix + "|" + Repeat("a|", columns) + "\n" + prefix + "|" + Repeat("-|", columns) + "\n" + Repeat(prefix + "|" + Repeat("x|", columns) + "\n", rows);

    private static (string Code, string Path, int Line, int Column) Arrange(string name, TestSite site)
    {
        // TestSite's config ends with its episode list, at line 11 for three episodes.
        const int configLines = 11;
        switch (name)
        {
            case "self-referencing alias in the episode list":
                site.WriteFile("spoilergen.yml", File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")) + "        - &e {id: s01e04, title: *e}\n");
                return (YamlAliasCycle, "spoilergen.yml", configLines + 1, 34);
            case "billion laughs in spoilergen.yml":
                site.WriteFile("spoilergen.yml", File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")) + "lol:\n" + BillionLaughs("  "));
                // The alias that carries the count past 100,000: the eighth '*a3' on the line of a4 (1,111 values each).
                return (YamlAliasExpansionTooLarge, "spoilergen.yml", configLines + 1 + 5, 47);
            case "billion laughs in front matter":
                site.WritePage("laughs.md", "title: Laughs\nextra:\n" + BillionLaughs("  "), "Text.\n");
                return (YamlAliasExpansionTooLarge, "content/laughs.md", 8, 47);
            case "YAML lists nested 10,000 deep in spoilergen.yml":
                site.WriteFile("spoilergen.yml", File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml")) + "deep: " + Repeat("[", 10_000) + Repeat("]", 10_000) + "\n");
                // The root mapping is the first level: the 999th '[' is the 1,000th level, and the 1,000th is refused.
                return (YamlNestingTooDeep, "spoilergen.yml", configLines + 1, 7 + 999);
            case "YAML mappings nested 10,000 deep in front matter":
                site.WritePage("deep.md", "title: Deep\nextra: " + Repeat("{a: ", 10_000) + "b" + Repeat("}", 10_000), "Text.\n");
                return (YamlNestingTooDeep, "content/deep.md", 3, 8 + 4 * 999);
            case "spoiler blocks nested 10,000 deep":
                site.WritePage("blocks.md", "title: Blocks", Repeat("::: spoiler s01e01\n", 10_000) + "x\n" + Repeat(":::\n", 10_000));
                return (MarkdownNestingTooDeep, "content/blocks.md", 4 + 100, 1);
            case "lists nested 1,500 deep by indentation":
                site.WritePage("indented.md", "title: Indented", string.Concat(Enumerable.Range(0, 1_500).Select(depth => new string(' ', 2 * depth) + "- item\n")));
                return (MarkdownNestingTooDeep, "content/indented.md", 4 + 100, 201);
            case "lists nested 10,000 deep on one line":
                site.WritePage("oneline.md", "title: One line", Repeat("- ", 10_000) + "item\n");
                return (MarkdownNestingTooDeep, "content/oneline.md", 4, 1);
            case "blockquotes nested 10,000 deep":
                site.WritePage("quotes.md", "title: Quotes", Repeat(">", 10_000) + " quoted\n");
                return (MarkdownNestingTooDeep, "content/quotes.md", 4, 1);
            case "empty list items nested 1,000 deep by indentation":
                site.WritePage("empty.md", "title: Empty", string.Concat(Enumerable.Range(0, 1_000).Select(depth => new string(' ', 2 * depth) + "-\n")));
                return (MarkdownNestingTooDeep, "content/empty.md", 4 + 100, 201);
            case "brackets nested 50,000 deep":
                site.WritePage("brackets.md", "title: Brackets", Repeat("[", 50_000) + "a" + Repeat("]", 50_000) + "\n");
                // Refused at the first closing bracket, the innermost pair's: 50,000 are open around it.
                return (MarkdownNestingTooDeep, "content/brackets.md", 4, 50_002);
            case "spoiler phrases nested 5,000 deep":
                site.WritePage("phrases.md", "title: Phrases", string.Join("[a]{spoiler=s01e02}", Enumerable.Repeat("[", 5_000)) + "x" + Repeat("]{spoiler=s01e03}", 5_000) + "\n");
                // Each '[a]' closes inside one more open phrase: the 100th is the first with more than 100 around it.
                return (MarkdownNestingTooDeep, "content/phrases.md", 4, 1_984);
            case "'[' × 10,000 then '](x' × 10,000: links that never close":
                site.WritePage("unclosed.md", "title: Unclosed", Repeat("[", 10_000) + Repeat("](x", 10_000) + "\n");
                // No destination closes, so no ']' closes a link's text: the first closes a pair with 9,999 open inside it.
                return (MarkdownNestingTooDeep, "content/unclosed.md", 4, 10_001);
            case "'> ::: spoiler s01e01' × 10,000":
                site.WritePage("quoted.md", "title: Quoted", Repeat("> ::: spoiler s01e01\n", 10_000));
                // The quote, then one more block on each line: the 99th line is the 101st level.
                return (MarkdownNestingTooDeep, "content/quoted.md", 4 + 99, 1);
            case "'::: spoiler s01e01' under '> ' one more each line, 1,000 lines":
                site.WritePage("deepening.md", "title: Deepening", string.Concat(Enumerable.Range(1, 1_000).Select(depth => Repeat("> ", depth) + "::: spoiler s01e01\n")));
                // A quote and a block more on each line: the 51st line is 102 levels deep.
                return (MarkdownNestingTooDeep, "content/deepening.md", 4 + 50, 1);
            case "lists indented inside a quote, 1,000 deep":
                site.WritePage("quotedlists.md", "title: Quoted lists", string.Concat(Enumerable.Range(0, 1_000).Select(depth => "> " + new string(' ', 2 * depth) + "- item\n")));
                return (MarkdownNestingTooDeep, "content/quotedlists.md", 4 + 99, 1);
            case "quotes and list items one more each line, 1,000 lines":
                site.WritePage("mixed.md", "title: Mixed", string.Concat(Enumerable.Range(1, 1_000).Select(depth => Repeat("> ", depth) + "- item\n")));
                // Each line closes the item above it and opens a quote and an item: the 100th line is 101 levels deep.
                return (MarkdownNestingTooDeep, "content/mixed.md", 4 + 99, 1);
            case "a pipe table of 5,000 columns and 200 rows":
                site.WritePage("wide.md", "title: Wide", Table(5_000, 200, ""));
                return (TableTooLarge, "content/wide.md", 4, 1);
            case "a pipe table of 100,701 cells in a quote":
                // Not seen before the parse (the scan reads only tables at the margin): refused after it, at the same place.
                site.WritePage("quoted-table.md", "title: Quoted table", Table(501, 200, "> "));
                return (TableTooLarge, "content/quoted-table.md", 4, 3);
            default:
                throw new ArgumentException(name);
        }
    }

    [Fact]
    public void Aliases_that_stay_small_and_deep_markers_shown_as_code_build()
    {
        using var site = new TestSite(episodeCount: 3);
        site.WritePage("fine.md", "title: Fine\nextra:\n  cast: &cast [Cheong-san, On-jo]\n  again: *cast\n  more: [*cast, *cast]",
            "```markdown\n" + Repeat("> ", 300) + "quoted in code\n```\n\n" + Repeat("> ", 50) + "quoted\n\n- a\n  - b\n    - c\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("quoted", site.Read("start/fine/index.html"));
    }

    /// <summary>The scan for large tables reads no code: a table 30 rows of 5,000 columns long shown as code is code.</summary>
    [Fact]
    public void A_large_table_shown_as_code_builds()
    {
        using var site = new TestSite(episodeCount: 3);
        site.WritePage("code.md", "title: Code", "```\n" + Table(5_000, 30, "") + "```\n\n| a | b |\n|---|---|\n| c | d |\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("start/code/index.html");
        Assert.Contains("|x|x|x|", page);
        Assert.Contains("<td>d</td>", page);
    }

    /// <summary>Three seconds of processor time at most (the chain of footnotes); far below the 20 to 103 s they took before.</summary>
    private static readonly TimeSpan LongLineBound = TimeSpan.FromSeconds(15);

    public static TheoryData<string> LongLines() =>
    [
        "20,000 spoiler phrases on one line",
        "20,000 words 'spoiler' on one line",
        "5,000 capitalised words in one paragraph",
        "a summary of capitalised words as long as a summary may be",
        "20,000 footnotes referenced from one paragraph",
        "a chain of 20,000 footnotes, each referencing the next",
    ];

    /// <summary>
    /// One long line of spoiler words, names or footnote references is read in time in proportion to its length. Before
    /// footnote references were counted as they were numbered, 20,000 footnotes took 27 s of CPU and a chain of them 95 s
    /// (attack 6, #01). Before the check for
    /// other tools' syntax read only the text near each word, 20,000 phrases on one 600 KB line took 20 s of CPU (80 s
    /// on a busy machine) to build; before the unmarked-spoiler lint looked at names of at most eight words, 5,000
    /// capitalised words in one paragraph took 103 s, and a 1.2 MB summary of them ran out of memory (a summary is now
    /// refused over 16,384 characters, SG0140, so the longest one it may be stands in for it).
    /// </summary>
    [Theory]
    [MemberData(nameof(LongLines))]
    public void A_long_line_of_spoiler_words_builds_within_seconds(string name)
    {
        using var site = new TestSite(episodeCount: 3);
        SiteBuilder.Build(new BuildOptions(site.Root, site.Output + "-warm"));
        var (frontMatter, body, shown, absent) = name switch
        {
            "20,000 spoiler phrases on one line" => ("title: Long",
                string.Join(' ', Enumerable.Range(0, 20_000).Select(index => $"w{index} [x{index}]{{spoiler=s01e0{index % 3 + 1}}}")), "w19999", "x19999"),
            "20,000 words 'spoiler' on one line" => ("title: Long", Repeat("spoiler ", 20_000), "spoiler spoiler", "never written"),
            "5,000 capitalised words in one paragraph" => ("title: Long", Repeat("Word ", 5_000) + "[Later]{spoiler=s01e02}", "Word Word", "Later"),
            "20,000 footnotes referenced from one paragraph" => ("title: Long",
                string.Join(' ', Enumerable.Range(0, 20_000).Select(index => $"[^a{index}]")) + "\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(index => $"[^a{index}]: note{index}\n\n")),
                "note19999 <a href=\"#fnref_20000\"", "never written"),
            "a chain of 20,000 footnotes, each referencing the next" => ("title: Long",
                "Start.[^a0]\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(index => $"[^a{index}]: note{index}[^a{index + 1}]\n\n")) + "[^a20000]: the last note\n",
                "the last note <a href=\"#fnref_20001\"", "never written"),
            _ => ("title: Long\nsummary: " + Repeat("Word ", FrontMatterParser.MaximumSummaryLength / 5).TrimEnd(), "Text.", "Text.", "never written"),
        };
        site.WritePage("long.md", frontMatter, body + "\n");

        var result = BuildWithin(site, LongLineBound, name);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("start/long/index.html");
        Assert.Contains(shown, page);
        Assert.DoesNotContain(absent, page);
    }

    /// <summary>Long lines of a short unit repeated, by a name that says what they hold: each unit starts a piece of syntax a check looks for.</summary>
    private static readonly Dictionary<string, (string FrontMatter, string Body)> RepeatedUnitLines = new()
    {
        ["'<x ' × 100,000: tags that never close"] = ("title: Units", Repeat("<x ", 100_000)),
        ["'<summary ' × 40,000"] = ("title: Units", Repeat("<summary ", 40_000)),
        ["'spoiler=' × 40,000"] = ("title: Units", Repeat("spoiler=", 40_000)),
        ["'spoiler=' × 40,000 in a fenced code block"] = ("title: Units", "```\n" + Repeat("spoiler=", 40_000) + "\n```"),
        ["'spoiler-' × 40,000"] = ("title: Units", Repeat("spoiler-", 40_000)),
        ["'https://a/(' × 30,000: one word of bare URLs"] = ("title: Units", Repeat("https://a/(", 30_000)),
        ["'https://a.b/_' × 30,000: one word of bare URLs"] = ("title: Units", Repeat("https://a.b/_", 30_000)),
    };

    public static TheoryData<string> RepeatedUnits() => [.. RepeatedUnitLines.Keys];

    /// <summary>
    /// A line of a short unit repeated is checked in time in proportion to its length, whatever check reads it. Before, the
    /// patterns that look for other tools' spoiler syntax and for near misses of SpoilerGen's read from each start of their
    /// syntax to the line's end and then failed: '&lt;x ' × 100,000 (300 KB) took 42 s of CPU time, '&lt;summary ' × 40,000
    /// over 23 s, 'spoiler=' × 40,000 14.5 s even in code, each deaf to SIGTERM meanwhile (attack 8, #02); 'spoiler-' × 40,000
    /// took 15 s, its id read to the line's end for each word; one word of 'https://a/(' × 30,000 took 20 s, each URL in it read
    /// to the word's end (attack 8, #04). Built or refused at the page, within the bound.
    /// </summary>
    [Theory]
    [MemberData(nameof(RepeatedUnits))]
    public void A_long_line_of_a_short_unit_is_checked_within_seconds(string name)
    {
        using var site = new TestSite(episodeCount: 3);
        SiteBuilder.Build(new BuildOptions(site.Root, site.Output + "-warm"));
        var (frontMatter, body) = RepeatedUnitLines[name];
        site.WritePage("units.md", frontMatter, body + "\n");

        var result = BuildWithin(site, Bound, name);

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.All(errors, error => Assert.EndsWith("content/units.md", error.Position.Path.Replace('\\', '/'), StringComparison.Ordinal));
    }

    public static TheoryData<string> UnitsForOtherToolsSyntax() => ["~!a ", "%%a ", "[a ", "<summary spoiler ", "class=\"a spoiler ", "data-data-spoiler "];

    /// <summary>
    /// The patterns for other tools' spoiler syntax read a line in time in proportion to its length, whatever reaches them
    /// (a line of the body, a front matter value). Before, AniList's '~!…!~', Obsidian's '%%…%%' and Reddit's '[…](/s "…")'
    /// read from each start to the line's end, and Discord's '|| …||' each letter after its bars: 4,000 units took 0.7, 0.8 and
    /// 0.1 s, twice as many four to seven times that. Each line ends with '|| ' and 100,000 letters.
    /// </summary>
    [Theory]
    [MemberData(nameof(UnitsForOtherToolsSyntax))]
    public void A_line_of_a_short_unit_is_read_for_other_tools_syntax_within_seconds(string unit)
    {
        var line = Repeat(unit, 40_000) + "|| " + new string('a', 100_000);
        WorkCost.Within(() => SpoilerGen.Markup.Checks.SpoilerMarkupLookalike.Find(line), TimeSpan.FromSeconds(5), unit);
    }

    /// <summary>Lines of brackets, by a name that says what they hold.</summary>
    private static readonly Dictionary<string, Func<string>> BracketLines = new()
    {
        ["'[' × 10,000 then '](x' × 10,000"] = () => Repeat("[", 10_000) + Repeat("](x", 10_000),
        ["'![' × 10,000 then '](x' × 10,000"] = () => Repeat("![", 10_000) + Repeat("](x", 10_000),
        ["'](x' × 10,000 then '[' × 10,000"] = () => Repeat("](x", 10_000) + Repeat("[", 10_000),
        ["'[](x' × 50,000"] = () => Repeat("[](x", 50_000),
        ["'[' then '[](x' × 50,000"] = () => "[" + Repeat("[](x", 50_000),
        ["a phrase around '[](x(' × 50,000"] = () => "[outer " + Repeat("[](x(", 50_000) + ")]{spoiler=s01e02}",
        ["'[a](b ' × 20,000"] = () => Repeat("[a](b ", 20_000),
        ["'[a](b [c](d ' × 10,000"] = () => Repeat("[a](b [c](d ", 10_000),
        ["'[a][b' × 10,000"] = () => Repeat("[a][b", 10_000),
        ["'[' × 100,000"] = () => Repeat("[", 100_000),
        ["']' then '(' then ')', 100,000 each"] = () => Repeat("]", 100_000) + Repeat("(", 100_000) + Repeat(")", 100_000),
        ["code spans that never close, then ']' × 20,000"] = () => Repeat("`[` ``", 20_000) + Repeat("]", 20_000),
        ["'[a](' × 50,000"] = () => Repeat("[a](", 50_000),
        ["'[a]{spoiler=' × 50,000"] = () => Repeat("[a]{spoiler=", 50_000),
        ["'[' × 400,000"] = () => Repeat("[", 400_000),
    };

    public static TheoryData<string> BracketPatterns() => [.. BracketLines.Keys];

    /// <summary>
    /// Every mix of brackets, link destinations that never close and code spans ends, built or refused at its place,
    /// in time in proportion to its length. Before, '[' × 10,000 then '](x' × 10,000 (40 KB) never finished: each
    /// bracket looked for its pair by reading the rest of the line, and at each '](' read the destination to its end;
    /// '[](x' × 40,000 took 7 s more than an empty page, in Markdig's own link parser.
    /// </summary>
    [Theory]
    [MemberData(nameof(BracketPatterns))]
    public void A_line_of_brackets_ends_within_seconds(string name)
    {
        using var site = new TestSite(episodeCount: 3);
        SiteBuilder.Build(new BuildOptions(site.Root, site.Output + "-warm"));
        site.WritePage("brackets.md", "title: Brackets", BracketLines[name]() + "\n");

        var result = BuildWithin(site, Bound, name);

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        // An attribute that never closes leaves brackets that look like a phrase, which the lookalike check refuses.
        Assert.True(errors.Count == 0 || errors is [{ Code: MarkdownNestingTooDeep or SpoilerMarkupLookalike, Position.Line: 4 }], string.Join("\n", errors));
    }
}
