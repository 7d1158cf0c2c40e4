using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Issue 14's families of the site model: a section keeps its level whatever its index file's state (1),
/// config that contradicts its labels (4), templates that would carry state between renders (6), and the
/// side channels of merged trees and the build record (7).
/// </summary>
public static class ModelCases
{
    private const string Secret = "---\ntitle: SECRET\n---\nThe SECRET page.\n";

    public static IEnumerable<SafetyCase> All => [.. SectionLevels, .. ConfigLabels, .. TemplateState, .. ThemeWords, .. SideChannels];

    private static IEnumerable<SafetyCase> SectionLevels =>
    [
        new("model: a draft section index keeps its folder's level", new Dictionary<string, string>
        {
            ["content/deaths/_index.md"] = "---\ntitle: Deaths\nspoiler: s01e05\ndraft: true\n---\n",
            ["content/deaths/her-end.md"] = Secret,
        }, Hidden()),
        new("model: a draft parent section index keeps its subfolders' level", new Dictionary<string, string>
        {
            ["content/deaths/_index.md"] = "---\ntitle: Deaths\nspoiler: s01e05\ndraft: true\n---\n",
            ["content/deaths/minor/_index.md"] = "---\ntitle: Minor\n---\n",
            ["content/deaths/minor/her-end.md"] = Secret,
        }, Hidden()),
        new("model: a draft child index under a section with a level", new Dictionary<string, string>
        {
            ["content/deaths/_index.md"] = "---\ntitle: Deaths\nspoiler: s01e05\n---\n",
            ["content/deaths/minor/_index.md"] = "---\ntitle: Minor\ndraft: true\n---\n",
            ["content/deaths/minor/her-end.md"] = Secret,
        }, Hidden()),
        new("model: a draft section index with a level on a page of a later level", new Dictionary<string, string>
        {
            ["content/deaths/_index.md"] = "---\ntitle: Deaths\nspoiler: s01e07\ndraft: true\n---\n",
            ["content/deaths/her-end.md"] = "---\ntitle: SECRET\nspoiler: s01e05\n---\nThe SECRET page.\n",
        }, Hidden(firstEpisode: 7)),
        .. new[] { "index.md", "_Index.md", "_index.markdown", "_index.MD", "INDEX.md", "_index.mdown" }.Select(name =>
            new SafetyCase($"model: a section file named '{name}' is an error naming _index.md", new Dictionary<string, string>
            {
                [$"content/deaths/{name}"] = "---\ntitle: Deaths\nspoiler: s01e05\n---\n",
                ["content/deaths/her-end.md"] = Secret,
            }, Error("SG0123", 1, 1, $"content/deaths/{name}"))),
    ];

    private static string Config(string seasons) => $"title: Guide\nbase_url: https://example.org/guide/\nseries:\n  title: S\n  seasons:\n{seasons}";

    private static SafetyCase ConfigCase(string name, string seasons, SafetyOutcome expected) =>
        new(name, new Dictionary<string, string> { ["spoilergen.yml"] = Config(seasons), [PagePath] = "---\ntitle: Page\n---\nText.\n" }, expected);

    private static IEnumerable<SafetyCase> ConfigLabels =>
    [
        ConfigCase("config: an episode added late at the end is out of place",
            "    - number: 1\n      episodes:\n        - id: s01e01\n        - id: s01e02\n        - id: s01e04\n        - id: s01e05\n        - id: s01e03\n",
            Error("SG0004", 10, 15, "spoilergen.yml")),
        ConfigCase("config: two episodes swapped",
            "    - number: 1\n      episodes:\n        - id: s01e02\n        - id: s01e01\n",
            Error("SG0004", 8, 15, "spoilergen.yml")),
        ConfigCase("config: an id naming another season",
            "    - number: 1\n      episodes:\n        - id: s01e01\n        - id: s02e02\n",
            Error("SG0004", 9, 15, "spoilergen.yml")),
        ConfigCase("config: an id in the 1x04 style out of place",
            "    - number: 1\n      episodes:\n        - id: 1x01\n        - id: 1x03\n",
            Error("SG0004", 9, 15, "spoilergen.yml")),
        ConfigCase("config: a numbered id out of place",
            "    - number: 1\n      episodes:\n        - id: e1\n        - id: e2\n        - id: e4\n",
            Error("SG0004", 10, 15, "spoilergen.yml")),
        ConfigCase("config: season 2 listed before season 1",
            "    - number: 2\n      episodes:\n        - id: a\n    - number: 1\n      episodes:\n        - id: b\n",
            Error("SG0005", 9, 15, "spoilergen.yml")),
        new("config: two seasons in order build, each episode's tree at its place", new Dictionary<string, string>
        {
            ["spoilergen.yml"] = Config("    - number: 1\n      episodes:\n        - id: s01e01\n        - id: s01e02\n    - number: 2\n      episodes:\n        - id: s02e01\n"),
            [PagePath] = "---\ntitle: Page\n---\nText [SECRET]{spoiler=s02e01}.\n",
        }, new BuildsAnd("SECRET only in the tree of season 2, episode 1", read =>
            !read("s01e02/page/index.html").Contains("SECRET") && read("s02e01/page/index.html").Contains("SECRET"))),
    ];

    private static SafetyCase ThemeWordsCase(string name, string path, string text, SafetyOutcome expected) =>
        new(name, new Dictionary<string, string> { [path] = text, [PagePath] = "---\ntitle: Page\ntags: [a]\n---\nText.\n" }, expected);

    /// <summary>A template's text and the theme's words are the same in every tree and never read as Markdown (attack 9, #02).</summary>
    private static IEnumerable<SafetyCase> ThemeWords =>
    [
        ThemeWordsCase("template: a phrase in a partial's text", "templates/partials/footer.html", "<footer>Footer [SECRET]{spoiler=s01e04}</footer>\n",
            Error("SG0203", 1, 24, "templates/partials/footer.html")),
        ThemeWordsCase("template: a spoiler block's lines in a template", "templates/partials/footer.html", "<footer>\n::: spoiler s01e04\nSECRET\n:::\n</footer>\n",
            Error("SG0203", 2, 1, "templates/partials/footer.html")),
        ThemeWordsCase("template: a phrase in a string the template writes", "templates/partials/footer.html", "<footer>{{ \"Footer [SECRET]{spoiler=s01e04}\" }}</footer>\n",
            Error("SG0203", 1, 12, "templates/partials/footer.html")),
        ThemeWordsCase("template: a theme's own details element and spoiler class build", "templates/partials/footer.html",
            "<footer><details class=\"spoiler\"><summary>About</summary>No spoilers here.</details></footer>\n",
            new BuildsAnd("the footer is written as the theme wrote it", read => read("start/page/index.html").Contains("<details class=\"spoiler\"><summary>About</summary>"))),
        ThemeWordsCase("template: a phrase put together from the template's text and a string", "templates/page.html",
            "<p>[SECRET]{{ \"{spoi\" }}ler=s01e04}</p>{{ page.content }}\n", Error("SG0203", 1, 15, "templates/page.html")),
        ThemeWordsCase("template: a phrase put together by an operator", "templates/page.html",
            "<p>{{ \"[SECRET]{spoi\" + \"ler=s01e04}\" }}</p>{{ page.content }}\n", Error("SG0203", 1, 7, "templates/page.html")),
        ThemeWordsCase("template: a phrase put together from a variable", "templates/page.html",
            "{{ half = \"{spoi\" }}\n<p>[SECRET]{{ half }}ler=s01e04}</p>{{ page.content }}\n", Error("SG0203", 2, 15, "templates/page.html")),
        ThemeWordsCase("template: a phrase put together from a capture", "templates/page.html",
            "{{ capture half }}[SECRET]{{ \"{spoi\" }}{{ end }}\n<p>{{ half }}ler=s01e04}</p>{{ page.content }}\n", Error("SG0203", 1, 30, "templates/page.html")),
        ThemeWordsCase("template: a phrase put together across an if", "templates/page.html",
            "<p>[SECRET]{{ if page.title != '' }}{spoi{{ end }}ler=s01e04}</p>{{ page.content }}\n", Error("SG0203", 1, 37, "templates/page.html")),
        new("template: a phrase put together from a partial's output", new Dictionary<string, string>
        {
            ["templates/partials/half.html"] = "{{ \"{\" }}spoi",
            ["templates/page.html"] = "<p>[SECRET]{{ include 'partials/half.html' }}ler=s01e04}</p>{{ page.content }}\n",
            [PagePath] = "---\ntitle: Page\n---\nText.\n",
        }, Error("SG0203", 1, 4, "templates/partials/half.html")),
        ThemeWordsCase("template: a value the site gives stands between the pieces as it does in the page", "templates/page.html",
            "<p>{{ \"{spoi\" }}{{ page.title }}{{ \"ler=s01e04}\" }}</p>{{ page.content }}\n",
            new BuildsAnd("the page is written with the title between the pieces", read => read("start/page/index.html").Contains("<p>{spoiPageler=s01e04}</p>"))),
        new("template: a page's body showing a spoiler line in code is the body's, not the template's", new Dictionary<string, string>
        {
            ["templates/partials/body.html"] = "<div class=\"content\">{{ page.content }}</div>",
            ["templates/page.html"] = "<main>{{ include 'partials/body.html' }}</main>\n",
            [PagePath] = "---\ntitle: Page\n---\nData `{\"s01e02\": 1}` here.\n\n```yaml\nspoiler: s01e05\n```\n",
        }, new BuildsAnd("the code is written in the start tree", read => read("start/page/index.html").Contains("spoiler: s01e05"))),
        ThemeWordsCase("translation: a phrase in the theme's words", "i18n/en.yml", "text:\n  tags.title: \"Tags [SECRET]{spoiler=s01e04}\"\n",
            Error("SG0203", 2, 15, "i18n/en.yml")),
        ThemeWordsCase("translation: a phrase in a plural form of the theme's words", "i18n/en.yml", "text:\n  tags.page_count:\n    one: \"{count} page\"\n    other: \"{count} pages [SECRET]{spoiler=s01e04}\"\n",
            Error("SG0203", 4, 12, "i18n/en.yml")),
        // static/ is copied as it is to the root, for every reader (attack 10, #03).
        ThemeWordsCase("static: a phrase in a Markdown file", "static/extra.md", "# Extra\n\nNam-ra [SECRET]{spoiler=s01e04}.\n",
            Error("SG0203", 3, 16, "static/extra.md")),
        ThemeWordsCase("static: a spoiler block's line in an HTML page", "static/about.html", "<p>About</p>\n::: spoiler s01e04\n<p>SECRET</p>\n:::\n",
            Error("SG0203", 2, 1, "static/about.html")),
        ThemeWordsCase("static: a phrase in an SVG's text", "static/card.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>[SECRET]{spoiler=s01e04}</text></svg>\n",
            Error("SG0203", 1, 55, "static/card.svg")),
        ThemeWordsCase("static: a script's own text is the theme's code and is copied", "static/app.js", "const pattern = /\\{spoiler=s01e04\\}/;\n",
            new BuildsAnd("the script is copied as it is", read => read("app.js").Contains("{spoiler=s01e04"))),
        ThemeWordsCase("static: a phrase in a subtitle file", "static/subs/e01.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nNam-ra [SECRET]{spoiler=s01e04}\n",
            Error("SG0203", 4, 16, "static/subs/e01.vtt")),
        // A theme's assets are copied as they are to /assets/, for every reader, as static/ is (attack 14, #01).
        ThemeWordsCase("theme asset: a phrase in a text file", "templates/assets/notes.txt", "Nam-ra [SECRET]{spoiler=s01e04}\n",
            Error("SG0203", 1, 16, "templates/assets/notes.txt")),
        ThemeWordsCase("theme asset: a spoiler block's line in an HTML file", "templates/assets/card.html", "<p>Card</p>\n::: spoiler s01e04\n<p>SECRET</p>\n:::\n",
            Error("SG0203", 2, 1, "templates/assets/card.html")),
        ThemeWordsCase("theme asset: a phrase in an SVG's text", "templates/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>[SECRET]{spoiler=s01e04}</text></svg>\n",
            Error("SG0203", 1, 55, "templates/assets/logo.svg")),
        ThemeWordsCase("theme asset: a style's own text is the theme's code and is copied", "templates/assets/extra.css", "/* {spoiler=s01e04} */\n",
            new BuildsAnd("the style is copied as it is", read => read("assets/extra.css").Contains("{spoiler=s01e04"))),
    ];

    private static SafetyCase TemplateCase(string name, string statement, int column) =>
        new(name, new Dictionary<string, string>
        {
            ["templates/partials/footer.html"] = $"{{{{ {statement} }}}}\n<footer>Footer</footer>\n",
            [PagePath] = "---\ntitle: Page\n---\nText [SECRET]{spoiler=s01e05}.\n",
        }, Error("SG0402", 1, column, "templates/partials/footer.html"));

    private static IEnumerable<SafetyCase> TemplateState =>
    [
        TemplateCase("template: a value written into string", "string.memo = \"SECRET\"", 11),
        TemplateCase("template: a value written into array", "array.memo = \"SECRET\"", 10),
        TemplateCase("template: a value written into math", "math.memo = \"SECRET\"", 9),
        TemplateCase("template: date's format set", "date.format = \"SECRET\"", 9),
        TemplateCase("template: a built-in's function replaced", "string.upcase = \"SECRET\"", 11),
    ];

    private static bool Missing(Func<string, string> read, string path)
    {
        try
        {
            read(path);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static IEnumerable<SafetyCase> SideChannels =>
    [
        Page("trees: every episode gets a tree, whether or not anything changes there", "Text [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("trees for episodes 1 to 12, each in levels.json", read =>
                Enumerable.Range(1, 12).All(i => read($"s01e{i:00}/page/index.html").Length > 0 && read("levels.json").Contains($"\"path\": \"s01e{i:00}/\"")))),
        new("trees: checkpoints lists exactly the trees", new Dictionary<string, string>
        {
            ["spoilergen.yml"] = Config("    - number: 1\n      episodes:\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"        - id: s01e{i:00}\n"))) + "checkpoints: [s01e03, s01e05]\n",
            [PagePath] = "---\ntitle: Page\n---\nText [SECRET]{spoiler=s01e05}.\n",
        }, new BuildsAnd("trees start, s01e03, s01e05 and s01e08 only", read =>
            Missing(read, "s01e04/index.html") && Missing(read, "s01e06/index.html") && read("s01e03/index.html").Length > 0 && read("s01e08/index.html").Length > 0)),
        Page("trees: the published folder holds no build record", "Text [SECRET]{spoiler=s01e05}.\n",
            new BuildsAnd("no .spoilergen-build in the output", read => Missing(read, ".spoilergen-build"))),
        Page("trees: a page names no tree past the next episode, whatever comes later", "Text.\n",
            new BuildsAnd("the first tree's page links to the next episode's tree and to no later one", read =>
                read("start/page/index.html").Contains("/guide/s01e01/") && !Enumerable.Range(2, 11).Any(i => read("start/page/index.html").Contains($"/guide/s01e{i:00}/")))),
    ];
}
