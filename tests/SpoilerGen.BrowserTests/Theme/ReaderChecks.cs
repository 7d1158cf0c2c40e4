using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;

namespace SpoilerGen.BrowserTests.Theme;

/// <summary>
/// What a reader sees of the theme, checked the same way on any built guide: the first screen, the size of
/// what can be tapped, the chooser's question and its marked episode, the 404 page's way back, and pages
/// without the list of every episode.
/// </summary>
public static class ReaderChecks
{
    public static readonly (string Name, int Width, int Height)[] Viewports = [("phone", 390, 844), ("desktop", 1280, 800)];

    public static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    // Where the page's <h1> ends and where the first line of text after it ends, from the top of the page.
    private const string FirstScreenScript = """
        () => {
          const h1 = document.querySelector('main h1');
          if (!h1) return { h1Bottom: -1, textBottom: -1, height: innerHeight };
          const after = [...document.querySelectorAll('main p, main li')]
            .filter(e => e.checkVisibility() && e.textContent.trim() && (h1.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING));
          const first = after[0];
          const lineHeight = first ? (parseFloat(getComputedStyle(first).lineHeight) || 24) : 0;
          return {
            h1Bottom: h1.getBoundingClientRect().bottom + scrollY,
            textBottom: first ? first.getBoundingClientRect().top + scrollY + lineHeight : -1,
            height: innerHeight,
          };
        }
        """;

    // Every control a reader taps outside running text, smaller than 24 x 24 CSS pixels (WCAG 2.2, 2.5.8).
    private const string SmallTargetsScript = """
        () => [...document.querySelectorAll('a, summary, button, input')]
          .filter(e => e.checkVisibility() && !e.closest('.content p, .content li, .content td, .summary, .skip-link'))
          .map(e => ({ text: (e.textContent || e.id || e.tagName).trim().slice(0, 40), box: e.getBoundingClientRect() }))
          .filter(t => t.box.width < 24 || t.box.height < 24)
          .map(t => `${t.text}: ${Math.round(t.box.width)} x ${Math.round(t.box.height)} px`)
        """;

    /// <summary>Problems with the first screen and target sizes of each page, at both widths in both schemes.</summary>
    public static async Task<List<string>> FirstScreenProblemsAsync(GuideFixture guide, IEnumerable<string> paths)
    {
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        foreach (var (name, width, height) in Viewports)
        {
            await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            await ParallelTabs.VisitAsync(context, paths, async (page, path) =>
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = Schemes[0] });
                await page.GotoAsync(path);
                // Each page loaded once a width and read in each scheme: the theme's schemes are CSS alone.
                foreach (var scheme in Schemes)
                {
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                    var where = $"/{path} ({name}, {scheme})";
                    var screen = await page.ReadAsync<FirstScreen>(FirstScreenScript);
                    if (screen.H1Bottom < 0) problems.Add($"{where}: no <h1> in <main>");
                    else if (screen.H1Bottom > screen.Height) problems.Add($"{where}: the <h1> ends at {screen.H1Bottom:0} px, below the first screen ({screen.Height} px)");
                    if (screen.TextBottom < 0) problems.Add($"{where}: no text after the <h1>");
                    else if (screen.TextBottom > screen.Height) problems.Add($"{where}: the first line of text ends at {screen.TextBottom:0} px, below the first screen ({screen.Height} px)");
                    foreach (var small in await page.ReadAsync<string[]>(SmallTargetsScript)) problems.Add($"{where}: target under 24 x 24: {small}");
                }
            });
        }
        return [.. problems.Order(StringComparer.Ordinal)];
    }

    /// <summary>The pages of every kind: the chooser, the 404 page, and of the last tree its home, a section, a page, the tag list and a tag.</summary>
    public static IReadOnlyList<string> PagesOfEveryKind(GuideFixture guide, string section, string page, string tag)
    {
        var tree = guide.Site.Levels[^1].Path;
        return ["", "404.html", guide.Site.Levels[0].Path, tree, tree + section, tree + page, tree + "tags/", tree + "tags/" + tag + "/"];
    }

    /// <summary>"Change episode" from a page of a tree leads to the chooser, whose item for that tree is marked, with JavaScript on or off.</summary>
    public static async Task AssertChangeEpisodeMarksTheTreeAsync(GuideFixture guide, int checkpoint, string page)
    {
        var level = guide.Site.LevelOf(checkpoint);
        var first = guide.Site.Levels.First(l => l.Path == level.Path).Index;
        foreach (var javaScript in new[] { true, false })
        {
            await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(level.Path + page);
            await tab.Locator(".change-episode a").FollowAsync();
            Assert.Equal(guide.UrlOf($"?page={page}#checkpoint-{first}"), tab.Url);
            var marked = tab.Locator($"#checkpoint-{first} a");
            Assert.Equal("where you are", await marked.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content.replaceAll('\"', '')"));
            if (javaScript) await Assertions.Expect(marked).ToHaveAttributeAsync("aria-current", "true");
            Assert.True(await marked.IsVisibleAsync(), "the marked episode is scrolled into view");
        }
    }

    /// <summary>
    /// Changing episode from a page lands on the same page in the tree picked when that tree has it, else on that
    /// tree's home; without JavaScript every choice leads to the tree's home.
    /// </summary>
    public static async Task AssertChangeEpisodeKeepsThePageAsync(GuideFixture guide, string page, int from, int withPage, int? withoutPage)
    {
        var choices = withoutPage is { } earlier ? new[] { (withPage, true), (earlier, false) } : [(withPage, true)];
        foreach (var javaScript in new[] { true, false })
        {
            await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
            var tab = await context.NewPageAsync();
            foreach (var (to, hasPage) in choices)
            {
                await tab.GotoAsync(guide.Site.LevelOf(from).Path + page);
                await tab.Locator(".change-episode a").FollowAsync();
                var tree = guide.Site.LevelOf(to).Path;
                var expected = javaScript && hasPage ? tree + page : tree;
                // With JavaScript the click leads elsewhere than the link's href (after asking the tree for the
                // page): wait until the tab leaves the chooser, wherever it goes, and then say where it went.
                var chooser = tab.Url;
                await tab.Locator($".checkpoints a[data-checkpoint=\"{to}\"]").ClickAsync();
                await tab.WaitForURLAsync(url => url != chooser, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
                Assert.True(guide.UrlOf(expected) == tab.Url, $"from /{guide.Site.LevelOf(from).Path}{page} to checkpoint {to} (JavaScript {(javaScript ? "on" : "off")}): expected /{expected}, landed on {tab.Url}");
                await Assertions.Expect(tab.Locator(".safe-up-to")).ToContainTextAsync(guide.Site.LevelOf(to).Label);
            }
        }
    }

    /// <summary>
    /// A page's "Menu" is a link to its tree's home (which lists the sections) without JavaScript; with it the
    /// home's list of sections is in the bar, the page's own section marked, as on the home and section pages.
    /// </summary>
    public static async Task AssertPageMenuListsTheSectionsAsync(GuideFixture guide, int checkpoint, string section, string page)
    {
        var tree = guide.Site.LevelOf(checkpoint).Path;
        // The list is written once a tree, in its home: in every page it was most of a page's weight.
        foreach (var treePath in guide.Site.TreePaths.Where(t => Directory.Exists(Path.Combine(guide.Site.Folder, t, page))))
        {
            Assert.DoesNotContain("class=\"sections\"", File.ReadAllText(Path.Combine(guide.Site.Folder, treePath, page, "index.html")));
            Assert.Contains("class=\"sections\"", File.ReadAllText(Path.Combine(guide.Site.Folder, treePath, "index.html")));
        }
        foreach (var (name, width, height) in Viewports)
        {
            foreach (var javaScript in new[] { true, false })
            {
                await using var context = await guide.NewContextAsync(new BrowserNewContextOptions
                {
                    JavaScriptEnabled = javaScript,
                    ViewportSize = new ViewportSize { Width = width, Height = height },
                });
                var tab = await context.NewPageAsync();
                // Not the load event: images and styles a loaded machine fetches slowly are not what is checked. Each
                // step below waits for what it asserts (the link, the address, the list brought in), up to the same limit.
                await tab.GotoAsync(tree + page, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                var where = $"/{tree}{page} ({name}, JavaScript {(javaScript ? "on" : "off")})";
                if (!javaScript)
                {
                    var link = tab.Locator(".site-header a.menu-link");
                    await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = StepTimeout });
                    await link.ClickAsync();
                    await Assertions.Expect(tab).ToHaveURLAsync(guide.UrlOf(tree), new() { Timeout = StepTimeout });
                    await Assertions.Expect(tab.Locator($"a[href$=\"/{tree}{section}\"]").First).ToBeAttachedAsync(new() { Timeout = StepTimeout });
                    continue;
                }
                // menu.js fetches the tree's home and puts its list in place of the link.
                var menu = tab.Locator(".site-header details.menu");
                await Assertions.Expect(menu).ToBeAttachedAsync(new() { Timeout = StepTimeout });
                await Assertions.Expect(tab.Locator(".site-header a.menu-link")).ToHaveCountAsync(0, new() { Timeout = StepTimeout });
                if (width < 768) await menu.Locator("summary").ClickAsync();
                var current = menu.Locator(".sections a[aria-current]");
                await Assertions.Expect(current).ToHaveCountAsync(1, new() { Timeout = StepTimeout });
                Assert.True((await current.EvaluateAsync<string>("a => a.href")).EndsWith("/" + tree + section, StringComparison.Ordinal), $"{where}: the marked section is not /{tree}{section}");
                await Assertions.Expect(current).ToBeVisibleAsync(new() { Timeout = StepTimeout });
            }
        }
    }

    /// <summary>
    /// How long one step of a check waits for what it asserts: the contexts' own limit for actions (<see cref="GuideFixture.NewContextAsync"/>),
    /// not Playwright's 5 s for assertions, since a 2-core machine that is also building can take seconds for one step.
    /// </summary>
    private const float StepTimeout = 30_000;

    /// <summary>No page of a tree carries a list of every episode: changing episode is one link.</summary>
    public static void AssertNoTreePageListsTheEpisodes(GuideFixture guide)
    {
        // Each language's chooser (the root, ko/) sits beside its levels.json: it is the list, not a tree's page.
        var offenders = guide.Site.Pages
            .Where(path => path != "404.html" && !File.Exists(Path.Combine(guide.Site.Folder, path, "levels.json")))
            .Where(path => File.ReadAllText(Path.Combine(guide.Site.Folder, path, path.EndsWith(".html", StringComparison.Ordinal) ? "" : "index.html")).Contains("data-checkpoint=", StringComparison.Ordinal))
            .ToList();
        Assert.True(offenders.Count == 0, $"Tree pages with an episode list: {string.Join(", ", offenders)}");
    }

    /// <summary>A missing page inside a tree offers that tree's home and its search, and the search link opens the search.</summary>
    public static async Task AssertNotFoundLeadsToTheTreeAsync(GuideFixture guide, int checkpoint)
    {
        var tree = guide.Site.LevelOf(checkpoint).Path;
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(tree + "no-such-page/");
        var links = page.Locator("#not-found-links a");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        Assert.Equal(guide.UrlOf(tree), await links.Nth(0).EvaluateAsync<string>("a => a.href"));
        Assert.Equal(guide.UrlOf(tree + "#search"), await links.Nth(1).EvaluateAsync<string>("a => a.href"));
        await page.GotoAsync(tree + "#search");
        // The box is the document's active element. Playwright's ToBeFocused also asks that the window have the focus,
        // which a page does not while other tests' pages run beside it in the same browser ("inactive").
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'search-input'", null, new() { Timeout = StepTimeout });
    }

    /// <summary>The home page of every tree links to each of its sections once: the automatic list leaves out what its text already links to.</summary>
    public static void AssertHomeListsNoSectionTwice(GuideFixture guide)
    {
        foreach (var tree in guide.Site.TreePaths)
        {
            var html = File.ReadAllText(Path.Combine(guide.Site.Folder, tree, "index.html"));
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
            var links = System.Text.RegularExpressions.Regex.Matches(main, "href=\"([^\"#]+)\"").Select(m => m.Groups[1].Value).ToList();
            var twice = links.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"/{tree} links twice to: {string.Join(", ", twice)}");
        }
    }

    private sealed record FirstScreen(double H1Bottom, double TextBottom, int Height);
}
