using SpoilerGen.Diagnostics;
using static SpoilerGen.Tests.SpoilerSafety.SafetyCase;
using static SpoilerGen.Tests.SpoilerSafety.SafetyOutcome;

namespace SpoilerGen.Tests.SpoilerSafety;

/// <summary>
/// Families 6 and 7: a front matter that is not read as one, misspelt keys, nulls, and line endings.
/// Whatever the author meant to hide must never be published because the front matter was misread.
/// </summary>
public static class FrontMatterCases
{
    private const string Section = "content/later/_index.md";
    private const string SectionPage = "content/later/page.md";

    private static SafetyCase SectionSite(string name, string index, SafetyOutcome expected) =>
        new(name, new Dictionary<string, string> { [Section] = index, [SectionPage] = "---\ntitle: SECRET page\n---\nSECRET body.\n" }, expected);

    public static IEnumerable<SafetyCase> All =>
    [
        SectionSite("front matter: a section index read correctly", "---\ntitle: Later\nspoiler: s01e05\n---\nSECRET list.\n", Hidden()),
        SectionSite("front matter: a section index whose first line is blank", "\n---\ntitle: Later\nspoiler: s01e05\n---\nSECRET list.\n", Error(DiagnosticCodes.FrontMatterNotOnFirstLine, 2, 1, Section)),
        SectionSite("front matter: a section index whose first line is ' ---'", " ---\ntitle: Later\nspoiler: s01e05\n---\nSECRET list.\n", Error(DiagnosticCodes.FrontMatterNotOnFirstLine, 1, 2, Section)),
        SectionSite("front matter: a section index after two blank lines", "\n\n---\ntitle: Later\nspoiler: s01e05\n---\n", Error(DiagnosticCodes.FrontMatterNotOnFirstLine, 3, 1, Section)),
        File("front matter: a page whose first line is blank", "content/page.md", "\n---\ntitle: SECRET\nspoiler: s01e05\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNotOnFirstLine, 2, 1)),
        File("front matter: a page whose first line is '  ---'", "content/page.md", "  ---\ntitle: SECRET\nspoiler: s01e05\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNotOnFirstLine, 1, 3)),
        File("front matter: a page whose first line is a tab and '---'", "content/page.md", "\t---\ntitle: SECRET\nspoiler: s01e05\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNotOnFirstLine, 1, 1)),
        File("front matter: a page that starts with a rule written '***' has no front matter", "content/page.md", "***\n\nText without a title.\n", Error(DiagnosticCodes.MissingTitle, 1, 1)),
        File("front matter: CRLF line endings", "content/page.md", "---\r\ntitle: SECRET page\r\nspoiler: s01e05\r\n---\r\nSECRET body.\r\n", Hidden()),
        File("front matter: CR-only line endings", "content/page.md", "---\rtitle: SECRET page\rspoiler: s01e05\r---\rSECRET body.\r", Hidden()),
        File("front matter: CR-only line endings with a block", "content/page.md", "---\rtitle: Page\r---\rOpen.\r\r::: spoiler s01e05\rSECRET\r:::\r", Hidden()),
        File("front matter: CR-only line endings report the right line", "content/page.md", "---\rtitle: Page\r---\rOpen.\r\r{spoiler=s01e05}\r", Error(DiagnosticCodes.SpoilerMarkupLookalike, 6, 1)),
        File("front matter: a misspelt 'spoilers'", "content/page.md", "---\ntitle: SECRET\nspoilers: s01e05\n---\nBody.\n", Error(DiagnosticCodes.UnknownFrontMatterKey, 3, 1)),
        File("front matter: a capitalised 'Spoiler'", "content/page.md", "---\ntitle: SECRET\nSpoiler: s01e05\n---\nBody.\n", Error(DiagnosticCodes.UnknownFrontMatterKey, 3, 1)),
        File("front matter: a misspelt 'spolier'", "content/page.md", "---\ntitle: SECRET\nspolier: s01e05\n---\nBody.\n", Error(DiagnosticCodes.UnknownFrontMatterKey, 3, 1)),
        File("front matter: a misspelt key in a section index", Section, "---\ntitle: Later\nspoiler_level: s01e05\n---\n", Error(DiagnosticCodes.UnknownFrontMatterKey, 3, 1, Section)),
        File("front matter: a misspelt key in a tag", "content/page.md", "---\ntitle: Page\ntags: [{ name: SECRET, spoilers: s01e05 }]\n---\nBody.\n", Error(DiagnosticCodes.UnknownFrontMatterKey, 3, 24)),
        File("front matter: own data under extra", "content/page.md", "---\ntitle: SECRET\nspoiler: s01e05\nextra:\n  mood: grim\n  anything: [1, 2]\n---\nBody.\n", Hidden()),
        File("front matter: a title of '~'", "content/page.md", "---\ntitle: ~\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNullValue, 2, 8)),
        File("front matter: an empty title", "content/page.md", "---\ntitle:\nspoiler: s01e05\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNullValue, 2, 7)),
        File("front matter: a null summary", "content/page.md", "---\ntitle: Page\nsummary: null\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNullValue, 3, 10)),
        File("front matter: a null spoiler", "content/page.md", "---\ntitle: SECRET\nspoiler: ~\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNullValue, 3, 10)),
        File("front matter: a null progressive value", "content/page.md", "---\ntitle:\n  start: Page\n  s01e05: ~\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterNullValue, 4, 11)),
        File("front matter: a quoted '~' is text", "content/page.md", "---\ntitle: \"~\"\n---\n[SECRET]{spoiler=s01e05}\n", Hidden()),
        File("front matter: a date that is not a date", "content/page.md", "---\ntitle: Page\ndate: soon\n---\nBody.\n", Error(DiagnosticCodes.FrontMatterInvalid, 3, 7)),
        new("front matter: an unknown config key", new Dictionary<string, string>
        {
            ["spoilergen.yml"] = "title: T\nbase_url: /\nseries:\n  seasons:\n    - episodes:\n        - id: s01e01\n          titel: SECRET\n",
        }, Error(DiagnosticCodes.ConfigInvalid, 7, 11, "spoilergen.yml")),
        new("front matter: a misspelt top-level config key", new Dictionary<string, string>
        {
            ["spoilergen.yml"] = "title: T\nbaseurl: https://x.org/\nseries:\n  seasons:\n    - episodes:\n        - id: s01e01\n",
        }, Error(DiagnosticCodes.ConfigInvalid, 2, 1, "spoilergen.yml")),
        new("front matter: markup in the config's description", new Dictionary<string, string>
        {
            ["spoilergen.yml"] = "title: T\ndescription: \"A guide [SECRET]{spoiler=s01e01}\"\nseries:\n  seasons:\n    - episodes:\n        - id: s01e01\n",
        }, Error(DiagnosticCodes.SpoilerMarkupLookalike, 2, 14, "spoilergen.yml")),
        // A name makes a URL in every tree, as a slug does (attack 9, #04).
        File("name: a phrase in a page's file name", "content/[SECRET]{spoiler=s01e04}.md", "---\ntitle: P\n---\nText.\n",
            Error(DiagnosticCodes.SpoilerMarkupLookalike, 1, 1, "content/[SECRET]{spoiler=s01e04}.md")),
        File("name: a spoiler block's fence as a folder's name", "content/::: spoiler s01e04/p.md", "---\ntitle: P\n---\nText.\n",
            Error(DiagnosticCodes.SpoilerMarkupLookalike, 1, 1, "content/::: spoiler s01e04")),
        File("name: an attribute in a folder's name", "content/cast {spoiler=s01e04}/p.md", "---\ntitle: P\n---\nText.\n",
            Error(DiagnosticCodes.SpoilerMarkupLookalike, 1, 1, "content/cast {spoiler=s01e04}")),
    ];
}
