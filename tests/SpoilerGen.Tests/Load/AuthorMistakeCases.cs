using SpoilerGen.Diagnostics;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Load;

/// <summary>
/// The YAML and front matter mistakes authors make, most of them coming from Hugo or Jekyll, each a small
/// site and the one diagnostic it must give: its code, its line, and the words that say what to write.
/// </summary>
public sealed class AuthorMistakeCases
{
    private const string Page = "content/page.md";

    /// <summary>One mistake: the page's whole text, and what the author must read (null code: it builds).</summary>
    public sealed record Mistake(string Name, string Text, string? Code, int Line, string Says, string Path = Page)
    {
        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<Mistake> Corpus =
    [
        new("a value holding ': ' is to be quoted", "---\ntitle: Sae-byeok: the defector\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 2, "quote the value: title: \"Sae-byeok: the defector\""),
        new("a quoted value with a double quote inside gets single quotes", "---\ntitle: The \"twin\": Nam-ra\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 2, "quote the value: title: 'The \"twin\": Nam-ra'"),
        new("a value under a progressive key holding ': '", "---\ntitle:\n  start: Nam-ra\n  s01e05: Nam-ra: the half-zombie\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 4, "quote the value:   s01e05: \"Nam-ra: the half-zombie\""),
        new("a value starting with @", "---\ntitle: @nam_ra\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 2, "a YAML value cannot start with '@'; quote it: title: \"@nam_ra\""),
        new("a value going on after its closing quote", "---\ntitle: \"Nam-ra\" the class president\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 2, "quote the whole value: title: \"Nam-ra the class president\""),
        new("Hugo's TOML front matter is named as such", "+++\ntitle = \"Nam-ra\"\n+++\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 1, "this is TOML front matter (Hugo's '+++'); SpoilerGen reads YAML between '---' lines"),
        new("Hugo's JSON front matter is named as such", "{\n  \"title\": \"Nam-ra\"\n}\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 1, "this is JSON front matter"),
        new("description suggests summary", "---\ntitle: T\ndescription: The class president.\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 3, "unknown key 'description' in front matter; did you mean 'summary'?"),
        new("Jekyll's excerpt suggests summary", "---\ntitle: T\nexcerpt: The class president.\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 3, "did you mean 'summary'?"),
        new("categories are tags", "---\ntitle: T\ncategories: [students]\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 3, "SpoilerGen has one taxonomy, tags: write 'tags: [a, b]'"),
        new("layout names the theme's templates", "---\ntitle: T\nlayout: post\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 3, "run 'spoilergen theme export'"),
        new("permalink names slug", "---\ntitle: T\npermalink: /nam-ra/\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 3, "to change its last part, write 'slug:'"),
        new("Jekyll's published: false names draft", "---\ntitle: T\npublished: false\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 3, "write 'draft: true'"),
        new("Title in capitals names title", "---\nTitle: T\n---\nText.\n",
            DiagnosticCodes.UnknownFrontMatterKey, 2, "did you mean 'title'?"),
        new("tags as one string give the list", "---\ntitle: T\ntags: students, survivors\n---\nText.\n",
            DiagnosticCodes.FrontMatterInvalid, 3, "tags must be a list, not one text; write: tags: [students, survivors]"),
        new("a date day or month first that could be either", "---\ntitle: T\ndate: 01/05/2024\n---\nText.\n",
            DiagnosticCodes.FrontMatterInvalid, 3, "write the date year first: date: 2024-05-01 or date: 2024-01-05"),
        new("a date day first", "---\ntitle: T\ndate: 25.12.2024\n---\nText.\n",
            DiagnosticCodes.FrontMatterInvalid, 3, "write the date year first, as YAML does: date: 2024-12-25"),
        new("a date that is not one", "---\ntitle: T\ndate: last Tuesday\n---\nText.\n",
            DiagnosticCodes.FrontMatterInvalid, 3, "date must be a date, as in 'date: 2024-05-01'"),
        new("a tab for indentation", "---\ntitle:\n\tstart: T\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 2, "line 3 is indented with a tab, which YAML does not allow; indent with spaces"),
        new("no space after the colon", "---\ntitle:Nam-ra\n---\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 2, "put a space after the colon: title: Nam-ra"),
        new("the closing --- is missing", "---\ntitle: T\n\nText.\n",
            DiagnosticCodes.FrontMatterSyntax, 1, "is never closed with a second '---' line; add one before line 3"),
        new("a byte order mark before the front matter is fine", "\uFEFF---\ntitle: T\n---\nText.\n", null, 0, ""),
        new("the config's title holding ': '", "", DiagnosticCodes.ConfigSyntax, 1, "quote the value: title: \"Test guide: the show\"", "spoilergen.yml"),
    ];

    public static TheoryData<string> Names => [.. Corpus.Select(mistake => mistake.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Says_what_to_write(string name)
    {
        var mistake = Corpus.Single(m => m.Name == name);
        using var site = new TestSite(episodeCount: 6);
        if (mistake.Path == "spoilergen.yml")
        {
            var config = File.ReadAllText(Path.Combine(site.Root, "spoilergen.yml"));
            site.WriteFile("spoilergen.yml", config.Replace("title: Test guide", "title: Test guide: the show", StringComparison.Ordinal));
            site.WriteFile(Page, "---\ntitle: T\n---\nText.\n");
        }
        else
        {
            site.WriteFile(mistake.Path, mistake.Text);
        }

        var result = site.Build();
        var report = string.Join("\n", result.Diagnostics);
        if (mistake.Code is null)
        {
            Assert.False(result.Diagnostics.Any(d => d.IsError), report);
            return;
        }
        Assert.True(result.Diagnostics.Any(d => d.IsError && d.Code == mistake.Code && d.Position.Line == mistake.Line
                && d.Position.Path.Replace('\\', '/').EndsWith(mistake.Path, StringComparison.Ordinal) && d.Message.Contains(mistake.Says, StringComparison.Ordinal)),
            $"expected {mistake.Code} at line {mistake.Line} saying \"{mistake.Says}\"; got:\n{report}");
    }
}
