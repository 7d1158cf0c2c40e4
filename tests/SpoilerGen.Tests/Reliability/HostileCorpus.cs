using static SpoilerGen.Diagnostics.DiagnosticCodes;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// The broken and hostile sites, one inline case each: what it does to the base site (a valid
/// three-episode guide; see <see cref="HostileSite"/>), the exit code and the diagnostics expected.
/// Append new cases at the end of their group; <see cref="HostileCorpusTests"/> runs each.
/// </summary>
public static class HostileCorpus
{
    private const string Page = "---\ntitle: P\n---\nText.\n";

    private static ExpectedDiagnostic At(string code, string pathEnding, int? line = null, int? column = null) => new(code, pathEnding, line, column);

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    public static IReadOnlyList<HostileCase> Cases { get; } =
    [
        // The site is a jail: symlinks that lead out of it are errors at their path, never followed.
        new("static file symlinked to a file outside the site", s => s.Symlink("static/p.txt", s.OutsideSecret), 1,
            At(SymlinkLeavesSite, "site/static/p.txt", 1, 1)) { ThroughCli = true },
        new("static file symlinked to /etc/passwd", s => s.Symlink("static/passwd.txt", "/etc/passwd"), 1,
            At(SymlinkLeavesSite, "site/static/passwd.txt", 1, 1)) { ThroughCli = true },
        new("content page symlinked to a page outside the site", s => s.Symlink("content/secret.md", Path.Combine(s.Outside, "secret.md")), 1,
            At(SymlinkLeavesSite, "site/content/secret.md", 1, 1)),
        new("template symlinked to a file outside the site", s => s.Symlink("templates/page.html", Path.Combine(s.Outside, "page.html")), 1,
            At(SymlinkLeavesSite, "site/templates/page.html", 1, 1)),
        new("theme asset symlinked to a file outside the site", s => s.Symlink("templates/assets/extra.css", s.OutsideSecret), 1,
            At(SymlinkLeavesSite, "site/templates/assets/extra.css", 1, 1)),
        new("spoilergen.yml symlinked to a config outside the site", s => s.Symlink("spoilergen.yml", Path.Combine(s.Outside, "spoilergen.yml")), 1,
            At(SymlinkLeavesSite, "site/spoilergen.yml", 1, 1)) { ThroughCli = true },
        new("static folder symlinked to a folder outside the site", s => s.Symlink("static/etc", s.Outside), 1,
            At(SymlinkLeavesSite, "site/static/etc", 1, 1)),
        new("content folder symlinked to a folder outside the site", s => s.Symlink("content/outside", s.Outside), 1,
            At(SymlinkLeavesSite, "site/content/outside", 1, 1)),
        new("the whole static folder is a symlink out of the site", s => s.Delete("static").Symlink("static", s.Outside), 1,
            At(SymlinkLeavesSite, "site/static", 1, 1)),
        new("the whole templates folder is a symlink out of the site", s => s.Symlink("templates", s.Outside), 1,
            At(SymlinkLeavesSite, "site/templates", 1, 1)),
        new("the whole content folder is a symlink out of the site", s => s.Delete("content").Symlink("content", s.Outside), 1,
            At(SymlinkLeavesSite, "site/content", 1, 1)),
        new("relative symlink that climbs out with ../", s => s.Symlink("static/images/up.txt", "../../../outside/passwd"), 1,
            At(SymlinkLeavesSite, "site/static/images/up.txt", 1, 1)),
        new("chain of symlinks inside the site that ends outside", s => s.Symlink("static/hop2", s.OutsideSecret).Symlink("static/hop1.txt", "hop2"), 1,
            At(SymlinkLeavesSite, "site/static/hop1.txt", 1, 1), At(SymlinkLeavesSite, "site/static/hop2", 1, 1)),
        new("symlink through a symlinked folder that leads out", s => s.Symlink("static/via", "images/../../../outside").Symlink("static/images/x.txt", "../via/passwd"), 1,
            At(SymlinkLeavesSite, "site/static/via", 1, 1), At(SymlinkLeavesSite, "site/static/images/x.txt", 1, 1)),
        new("symlink to /dev/zero, a device outside the site", s => s.Symlink("static/zero.bin", "/dev/zero"), 1,
            At(SymlinkLeavesSite, "site/static/zero.bin", 1, 1)) { ThroughCli = true },
        new("symlink to /proc/self/environ", s => s.Symlink("static/environ.txt", "/proc/self/environ"), 1,
            At(SymlinkLeavesSite, "site/static/environ.txt", 1, 1)),
        new("symlink to the root folder", s => s.Symlink("static/root", "/"), 1,
            At(SymlinkLeavesSite, "site/static/root", 1, 1)),

        // Symlinks that stay inside the site are followed.
        new("static symlink to another static file is copied", s => s.Symlink("static/images/same.svg", "pic.svg"), 0)
        {
            Verify = (s, _) => Assert.Equal(File.ReadAllText(s.PathOf("static/images/pic.svg")), File.ReadAllText(Path.Combine(s.Output, "images/same.svg"))),
        },
        new("content page symlinked to a file elsewhere in the site", s => s.WriteFile("drafts/b.md", "---\ntitle: Bee\n---\nBuzz.\n").Symlink("content/b.md", "../drafts/b.md"), 0)
        {
            Verify = (s, _) => Assert.Contains("Buzz.", File.ReadAllText(Path.Combine(s.Output, "start/b/index.html"))),
        },
        new("static folder symlinked to a folder inside the site", s => s.WriteFile("extra/e.txt", "e").Symlink("static/more", "../extra"), 0)
        {
            Verify = (s, _) => Assert.Equal("e", File.ReadAllText(Path.Combine(s.Output, "more/e.txt"))),
        },

        // Loops and dangling symlinks.
        new("content symlink loop back to its own folder", s => s.Symlink("content/loop", "."), 1,
            At(SymlinkLoop, "site/content/loop", 1, 1)) { ThroughCli = true },
        new("content symlink loop to the parent folder", s => s.Symlink("content/characters/up", ".."), 1,
            At(SymlinkLoop, "site/content/characters/up", 1, 1)),
        new("static symlink loop to the site folder", s => s.Symlink("static/site", ".."), 1,
            At(SymlinkLoop, "site/static/site", 1, 1)),
        new("symlink that points at itself", s => s.Symlink("content/self.md", "self.md"), 1,
            At(SymlinkLoop, "site/content/self.md", 1, 1)),
        new("two symlinks that point at each other", s => s.Symlink("static/ping", "pong").Symlink("static/pong", "ping"), 1,
            At(SymlinkLoop, "site/static/ping", 1, 1), At(SymlinkLoop, "site/static/pong", 1, 1)),
        new("spoilergen.yml is a symlink to itself", s => s.Symlink("spoilergen.yml", "spoilergen.yml"), 1,
            At(SymlinkLoop, "site/spoilergen.yml", 1, 1)),
        new("dangling symlink in content", s => s.Symlink("content/gone.md", "nowhere.md"), 1,
            At(SymlinkDangling, "site/content/gone.md", 1, 1)) { ThroughCli = true },
        new("dangling symlink in static", s => s.Symlink("static/gone.png", "/nonexistent/gone.png"), 1,
            At(SymlinkDangling, "site/static/gone.png", 1, 1)),
        new("dangling symlink in templates", s => s.Symlink("templates/home.html", "missing.html"), 1,
            At(SymlinkDangling, "site/templates/home.html", 1, 1)),
        new("dangling spoilergen.yml", s => s.Symlink("spoilergen.yml", "config-that-is-gone.yml"), 1,
            At(SymlinkDangling, "site/spoilergen.yml", 1, 1)),

        // Only regular files are read: nothing hangs on a FIFO or never ends on a device.
        new("FIFO in static", s => s.Fifo("static/pipe"), 1,
            At(NotARegularFile, "site/static/pipe", 1, 1)) { ThroughCli = true },
        new("FIFO as a content page", s => s.Fifo("content/pipe.md"), 1,
            At(NotARegularFile, "site/content/pipe.md", 1, 1)),
        new("FIFO as a template", s => s.Fifo("templates/page.html"), 1,
            At(NotARegularFile, "site/templates/page.html", 1, 1)),
        new("FIFO as spoilergen.yml", s => s.Delete("spoilergen.yml").Fifo("spoilergen.yml"), 1,
            At(NotARegularFile, "site/spoilergen.yml", 1, 1)) { ThroughCli = true },
        new("socket in static", s => s.Socket("static/socket"), 1,
            At(NotARegularFile, "site/static/socket", 1, 1)),
        new("symlink inside the site to a FIFO inside the site", s => s.Fifo("pipes/p").Symlink("static/p.txt", "../pipes/p"), 1,
            At(NotARegularFile, "site/static/p.txt", 1, 1)),
        new("content is a file, not a folder", s => s.Delete("content").WriteFile("content", "not a folder"), 1,
            At(NotARegularFile, "site/content", 1, 1)),
        new("spoilergen.yml is a folder", s => s.Delete("spoilergen.yml").WriteFile("spoilergen.yml/x", "x"), 1,
            At(NotARegularFile, "site/spoilergen.yml", 1, 1)),

        // Names that are not valid UTF-8.
        new("content file name that is not UTF-8", s => s.NonUtf8File("content", "bad", ".md", Page), 1,
            At(FileNameNotUtf8, ".md", 1, 1)) { ThroughCli = true },
        new("static file name that is not UTF-8", s => s.NonUtf8File("static", "img", ".png", "x"), 1,
            At(FileNameNotUtf8, ".png", 1, 1)),
        new("template file name that is not UTF-8", s => s.NonUtf8File("templates", "t", ".html", "x"), 1,
            At(FileNameNotUtf8, ".html", 1, 1)),
        new("content folder name that is not UTF-8", s => s.NonUtf8Folder("content", "p.md", Page), 1,
            At(FileNameNotUtf8, "site/content/bad\uFFFD", 1, 1)),

        // Every output path is unique: names that slugify to nothing are errors, not silent collisions.
        new("page file named #.md", s => s.WriteFile("content/#.md", Page), 1,
            At(EmptySlug, "site/content/#.md", 1, 1)) { ThroughCli = true },
        new("page file named ?.md", s => s.WriteFile("content/?.md", Page), 1,
            At(EmptySlug, "site/content/?.md", 1, 1)),
        new("page file named ....md", s => s.WriteFile("content/....md", Page), 1,
            At(EmptySlug, "site/content/....md", 1, 1)),
        new("page with slug ..", s => s.WritePage("up.md", "title: Up\nslug: ..", "x"), 1,
            At(EmptySlug, "site/content/up.md", 2, 1)),
        new("page with slug .", s => s.WritePage("dot.md", "title: Dot\nslug: .", "x"), 1,
            At(EmptySlug, "site/content/dot.md", 2, 1)),
        new("page with an empty slug", s => s.WritePage("empty.md", "title: Empty\nslug: ''", "x"), 1,
            At(EmptySlug, "site/content/empty.md", 2, 1)),
        new("page with slug of punctuation only", s => s.WritePage("bang.md", "title: Bang\nslug: '!!!'", "x"), 1,
            At(EmptySlug, "site/content/bang.md", 2, 1)),
        new("page with slug ../../etc", s => s.WritePage("climb.md", "title: Climb\nslug: ../../etc", "x"), 0)
        {
            Verify = (s, _) => Assert.True(File.Exists(Path.Combine(s.Output, "start/etc/index.html"))),
        },
        new("section folder whose name has no letter", s => s.WriteFile("content/%%%/p.md", Page), 1,
            At(EmptySlug, "content/%%%", 1, 1)),
        new("tag named !!!", s => s.WritePage("t.md", "title: T\ntags: ['!!!']", "x"), 1,
            At(EmptyTagSlug, "site/content/t.md", 2, 1)),
        new("tag with a spoiler level named ---", s => s.WritePage("t.md", "title: T\ntags: [{ name: '---', spoiler: s01e02 }]", "x"), 1,
            At(EmptyTagSlug, "site/content/t.md", 2, 1)),
        new("tag on a section's _index.md named ...", s => s.WritePage("characters/_index.md", "title: People\ntags: ['...']", "x"), 1,
            At(EmptyTagSlug, "site/content/characters/_index.md", 2, 1)),
        new("two pages with the same slug", s => s.WritePage("b.md", "title: B\nslug: a", "x").WritePage("characters/../a.md", "title: A2", "y"), 1,
            At(DuplicateUrl, "site/content/b.md", 1, 1)),
        new("a page and a section folder with the same name", s => s.WritePage("characters.md", "title: C", "x"), 1,
            At(DuplicateUrl, "characters", 1, 1)),
        new("two file names that slugify alike", s => s.WritePage("Hello World.md", "title: H1", "x").WritePage("hello-world.md", "title: H2", "y"), 1,
            At(DuplicateUrl, "site/content/hello-world.md", 1, 1)),
        new("a page named tags", s => s.WritePage("tags.md", "title: Tags", "x"), 1,
            At(DuplicateUrl, "site/content/tags.md", 1, 1)),

        // A static file never silently replaces a generated one.
        new("static index.html", s => s.WriteFile("static/index.html", "<p>mine</p>"), 1,
            At(OutputPathCollision, "site/static/index.html", 1, 1)) { ThroughCli = true },
        new("static levels.json", s => s.WriteFile("static/levels.json", "[]"), 1,
            At(OutputPathCollision, "site/static/levels.json", 1, 1)),
        new("static 404.html", s => s.WriteFile("static/404.html", "x"), 1,
            At(OutputPathCollision, "site/static/404.html", 1, 1)),
        new("static sitemap.xml", s => s.WriteFile("static/sitemap.xml", "x"), 1,
            At(OutputPathCollision, "site/static/sitemap.xml", 1, 1)),
        new("static sitemap-root.xml", s => s.WriteFile("static/sitemap-root.xml", "x"), 1,
            At(OutputPathCollision, "site/static/sitemap-root.xml", 1, 1)),
        new("static robots.txt", s => s.WriteFile("static/robots.txt", "x"), 1,
            At(OutputPathCollision, "site/static/robots.txt", 1, 1)),
        new("static file over the theme's stylesheet", s => s.WriteFile("static/assets/style.css", "x"), 1,
            At(OutputPathCollision, "site/static/assets/style.css", 1, 1)),
        new("static file named assets where the theme needs a folder", s => s.WriteFile("static/assets", "x"), 1,
            At(OutputPathCollision, "site/static/assets", 1, 1)),
        new("static folder named start", s => s.WriteFile("static/start/x.png", "x"), 1,
            At(OutputPathCollision, "site/static/start/x.png", 1, 1)),
        new("static folder named like an episode", s => s.WriteFile("static/s01e02/x.png", "x"), 1,
            At(OutputPathCollision, "site/static/s01e02/x.png", 1, 1)),
        new("static folder named like an episode that has no tree of its own", s => s.WriteFile("static/s01e03/x.png", "x"), 1,
            At(OutputPathCollision, "site/static/s01e03/x.png", 1, 1)),
        new("episode id images next to static/images", s => s.AppendToConfig("        - id: images\n"), 1,
            At(OutputPathCollision, "site/static/images/pic.svg", 1, 1)),
        new("static file named like an episode folder", s => s.WriteFile("static/s01e01", "x"), 1,
            At(OutputPathCollision, "site/static/s01e01", 1, 1)),
        new("a file of its own in static/assets is added to the theme's", s => s.WriteFile("static/assets/extra.css", "p{}"), 0)
        {
            Verify = (s, _) => Assert.True(File.Exists(Path.Combine(s.Output, "assets/style.css")) && File.Exists(Path.Combine(s.Output, "assets/extra.css"))),
        },

        // Episode ids cannot take the site's own names.
        new("episode id assets", s => s.AppendToConfig("        - id: assets\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 11, 15)) { ThroughCli = true },
        new("episode id tags", s => s.AppendToConfig("        - id: tags\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 11, 15)),
        new("episode id start", s => s.AppendToConfig("        - id: start\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 11, 15)),
        new("episode id with a dot", s => s.AppendToConfig("        - id: index.html\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 11, 15)),
        new("episode id ..", s => s.AppendToConfig("        - id: ..\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 11, 15)),
        new("episode id that differs only in case", s => s.AppendToConfig("        - id: S01E01\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 11, 15)),

        // YAML that the parser refuses is a positioned error, in the config and in front matter.
        new("config with an unclosed flow sequence", s => s.AppendToConfig("extra: [b\n"), 1,
            At(ConfigSyntax, "site/spoilergen.yml")) { ThroughCli = true },
        new("config with an unclosed flow mapping", s => s.AppendToConfig("extra: {d: e\n"), 1,
            At(ConfigSyntax, "site/spoilergen.yml")),
        new("config with an unclosed flow sequence then an unclosed mapping", s => s.AppendToConfig("a: [b\nc: {d: e"), 1,
            At(ConfigSyntax, "site/spoilergen.yml")),
        new("config that is empty", s => s.WriteFile("spoilergen.yml", ""), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 1, 1)),
        new("config that is a list", s => s.WriteFile("spoilergen.yml", "- a\n- b\n"), 1,
            At(ConfigInvalid, "site/spoilergen.yml", 1, 1)),
        new("config of binary bytes", s => s.WriteBytes("spoilergen.yml", [0xFF, 0xFE, 0x00, 0x01, 0x1B, 0x5B, 0x32, 0x4A, 0xC3, 0x28, 0x0A, 0x00]), 1,
            At(TextNotUtf8, "site/spoilergen.yml", 1, 1)),
        new("config with a duplicate key", s => s.AppendToConfig("title: again\n"), 1,
            At(ConfigSyntax, "site/spoilergen.yml")),
        new("config with a tab for indentation", s => s.AppendToConfig("extra:\n\t- x\n"), 1,
            At(ConfigSyntax, "site/spoilergen.yml")),
        new("config nested 2,000 flow levels deep", s => s.AppendToConfig("deep: " + Repeat("[", 2000) + Repeat("]", 2000) + "\n"), 0),
        new("config with an alias bomb", s => s.AppendToConfig("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"), 0),
        new("config whose title is an alias to an undefined anchor", s => s.AppendToConfig("oops: *nothing\n"), 1,
            At(ConfigSyntax, "site/spoilergen.yml")),
        new("front matter with an unclosed flow sequence", s => s.WritePage("y.md", "title: Y\na: [b", "x"), 1,
            At(FrontMatterSyntax, "site/content/y.md")) { ThroughCli = true },
        new("front matter with an unclosed flow mapping", s => s.WritePage("y.md", "title: Y\nc: {d: e", "x"), 1,
            At(FrontMatterSyntax, "site/content/y.md")),
        new("front matter with both unclosed flows", s => s.WritePage("y.md", "a: [b\nc: {d: e", "x"), 1,
            At(FrontMatterSyntax, "site/content/y.md")),
        new("front matter that is never closed", s => s.WriteFile("content/y.md", "---\ntitle: Y\n"), 1,
            At(FrontMatterSyntax, "site/content/y.md", 1, 1)),
        new("front matter that is a list", s => s.WritePage("y.md", "- a\n- b", "x"), 1,
            At(FrontMatterSyntax, "site/content/y.md")),
        new("front matter with an undefined alias", s => s.WritePage("y.md", "title: *nothing", "x"), 1,
            At(FrontMatterSyntax, "site/content/y.md")),
        new("front matter nested 2,000 flow levels deep", s => s.WritePage("y.md", "title: Y\nz: " + Repeat("[", 2000) + Repeat("]", 2000), "x"), 0),
        new("front matter with a deep mapping under an unknown key", s => s.WritePage("y.md", "title: Y\nz: " + Repeat("{a: ", 200) + "x" + Repeat("}", 200), "x"), 0),

        // Markdown nested deeper than Markdig allows is a positioned error.
        new("300 nested block quotes", s => s.WritePage("deep.md", "title: Deep", Repeat(">", 300) + " x\n"), 1,
            At(MarkdownNestingTooDeep, "site/content/deep.md", 4, 1)) { ThroughCli = true },
        new("300 nested list items", s => s.WritePage("deep.md", "title: Deep", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- a\n"))), 1,
            At(MarkdownNestingTooDeep, "site/content/deep.md", 4, 1)),
        new("2,000 nested emphasis and links", s => s.WritePage("deep.md", "title: Deep", Repeat("*[", 2000) + "x" + Repeat("](u)*", 2000)), 0),
        new("2,000 unmatched brackets", s => s.WritePage("deep.md", "title: Deep", Repeat("[", 2000)), 1,
            At(MarkdownNestingTooDeep, "site/content/deep.md", 4)),
        new("200 nested spoiler blocks", s => s.WritePage("deep.md", "title: Deep", Repeat("::: spoiler s01e02\n", 200) + "x\n" + Repeat(":::\n", 200)), 1,
            At(MarkdownNestingTooDeep, "site/content/deep.md", 4, 1)),
        new("a page of one 2 MB line", s => s.WritePage("long.md", "title: Long", Repeat("word ", 400_000) + "END-OF-LONG-PAGE\n"), 0)
        {
            Verify = (s, _) => Assert.Contains("END-OF-LONG-PAGE</p>", File.ReadAllText(Path.Combine(s.Output, "start/long/index.html"))),
        },
        new("a page with NUL and control bytes", s => s.WriteBytes("content/ctl.md", [.. "---\ntitle: Ctl\n---\nok "u8, 0, 1, 2, 0x1B, 0x7F, .. "ok\n"u8]), 1,
            At(ControlCharacter, "site/content/ctl.md", 4, 4)),
        new("a title with an escape character", s => s.WritePage("esc.md", "title: \"Esc\\x1B[2J\"", "x"), 1,
            At(ControlCharacter, "site/content/esc.md")),
        new("a page that is not UTF-8 inside", s => s.WriteBytes("content/latin1.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\nCaf"u8, 0xE9, .. "\n"u8]), 1,
            At(TextNotUtf8, "site/content/latin1.md", 2, 11)) { ThroughCli = true },
        new("a page with a byte order mark and CRLF line ends", s => s.WriteBytes("content/bom.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Bom\r\n---\r\nText.\r\n"u8]), 0),

        // Templates: limits are errors naming the template and the page, never a silent cut.
        new("template with a runaway loop", s => s.WriteFile("templates/404.html", "{{ for i in 1..2000000000 }}x{{ end }}"), 1,
            At(TemplateLimit, "site/templates/404.html", 1, 14)) { ThroughCli = true },
        new("template that includes itself", s => s.WriteFile("templates/partials/footer.html", "{{ include 'partials/footer.html' }}"), 1,
            At(TemplateLimit, "site/templates/partials/footer.html")),
        new("template that prints a 300 M character string", s => s.WriteFile("templates/404.html", "{{ 'xxxxxxxxxx' * 30000000 }}"), 1,
            At(TemplateLimit, "site/templates/404.html")),
        new("template that does not parse", s => s.WriteFile("templates/404.html", "{{ for }}"), 1,
            At(TemplateSyntax, "site/templates/404.html", 1, 8)),
        new("template that names an unknown variable", s => s.WriteFile("templates/404.html", "{{ nothing_here }}"), 1,
            At(TemplateRender, "site/templates/404.html", 1, 4))
        {
            Verify = (_, outcome) => Assert.Contains(outcome.Diagnostics, d => d.Message.Contains("404.html")),
        },
        new("template that includes a partial that does not exist", s => s.WriteFile("templates/404.html", "{{ include 'partials/none.html' }}"), 1,
            At(TemplateRender, "site/templates/404.html")),
    ];
}
