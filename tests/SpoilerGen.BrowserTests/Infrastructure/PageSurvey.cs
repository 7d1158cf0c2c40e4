using System.Collections.Concurrent;
using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Accessibility;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// Every page of a built guide loaded once, and all that the tests which check every page need read from that
/// one load: what it requested, named and weighed (as on a first visit: no cache), what axe finds in the light
/// and the dark scheme (as a returning reader at episode 3, everything a reader can open opened), and how wide
/// it is on a phone. Loading each page once for all of them is most of the browser tests' saving: the checks
/// read the same pages. Made once per guide fixture (<see cref="GuideFixture.SurveyAsync"/>); each test asserts its part.
/// </summary>
public sealed class PageSurvey
{
    public const int PhoneWidth = 390;

    private static readonly ViewportSize Phone = new() { Width = PhoneWidth, Height = 844 };

    // Playwright's default, the desktop every other check reads.
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 720 };

    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    // Every URL the page names in a link, script or style (elements, inline styles and stylesheet rules),
    // how many web fonts it declares, and the files delivered to it, by kind.
    private const string ReadLoadScript = """
        () => {
          const urls = [
            ...[...document.querySelectorAll('link[href]')].map(l => l.href),
            ...[...document.querySelectorAll('script[src]')].map(s => s.src),
          ];
          const css = [...document.querySelectorAll('style, [style]')].map(e => e.tagName === 'STYLE' ? e.textContent : e.getAttribute('style'));
          for (const sheet of document.styleSheets) {
            try { for (const rule of sheet.cssRules) css.push(rule.cssText); } catch { urls.push(sheet.href); }
          }
          for (const text of css) for (const m of text.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)/g)) urls.push(new URL(m[1], document.baseURI).href);
          const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          const kind = e => e.entryType === 'navigation' ? 'html'
            : /\.css(\?|$)/.test(e.name) ? 'css'
            : /\.m?js(\?|$)/.test(e.name) ? 'js'
            : e.initiatorType === 'img' || /\.(png|jpe?g|gif|svg|webp|avif|ico)(\?|$)/.test(e.name) ? 'image' : 'other';
          return { namedUrls: urls, fontFaces: document.fonts.size, files: entries.map(e => ({ name: e.name, kind: kind(e), bytes: e.decodedBodySize })) };
        }
        """;

    // Records every media query a script of the page asks about the colour scheme (run before the page's scripts).
    private const string RecordSchemeQueriesScript = """
        (() => {
          const original = window.matchMedia;
          const asked = [];
          Object.defineProperty(window, 'colourSchemeQueries', { value: asked });
          window.matchMedia = function (query) {
            if (/prefers-color-scheme/.test(query)) asked.push(String(query));
            return original.call(this, query);
          };
        })();
        """;

    // What could make the page differ between the schemes other than in colours: a property other than a custom
    // one set for a scheme (in a prefers-color-scheme block, style sheet or import), a custom property set for a
    // scheme that does not hold a colour now, an element with a media attribute about the scheme, a script that
    // asks about it. Empty when each scheme only gives colours to custom properties: the page is then the same
    // in both but for colours.
    private const string SchemeDifferencesScript = """
        () => {
          const aboutScheme = text => /prefers-color-scheme/.test(text || '');
          const custom = new Set(), others = [];
          const visit = (rules, inScheme) => {
            for (const rule of rules) {
              const here = inScheme || aboutScheme(rule.media?.mediaText) || aboutScheme(rule.conditionText);
              if (rule.style && here) for (const name of rule.style) name.startsWith('--') ? custom.add(name) : others.push(`${name} set for a scheme`);
              if (rule.styleSheet) visit(rule.styleSheet.cssRules, here || aboutScheme(rule.styleSheet.media.mediaText));
              else if (rule.cssRules) visit(rule.cssRules, here);
            }
          };
          for (const sheet of document.styleSheets) {
            try { visit(sheet.cssRules, aboutScheme(sheet.media.mediaText)); } catch { others.push(`an unreadable style sheet ${sheet.href}`); }
          }
          for (const e of document.querySelectorAll('[media]')) if (aboutScheme(e.getAttribute('media'))) others.push(`<${e.tagName.toLowerCase()} media="${e.getAttribute('media')}">`);
          const root = getComputedStyle(document.documentElement);
          for (const name of custom) if (!CSS.supports('color', root.getPropertyValue(name).trim())) others.push(`${name} is not a colour`);
          for (const query of window.colourSchemeQueries || []) others.push(`a script asks ${query}`);
          return others;
        }
        """;

    private PageSurvey(IReadOnlyList<SurveyedPage> pages, IReadOnlyList<(string Page, string Url)> lateRequests)
    {
        Pages = pages;
        LateRequests = lateRequests;
    }

    /// <summary>Every page of the guide, in the order of its path.</summary>
    public IReadOnlyList<SurveyedPage> Pages { get; }

    /// <summary>What a tab requested after its last page was read (still to be checked, like any request).</summary>
    public IReadOnlyList<(string Page, string Url)> LateRequests { get; }

    public static async Task<PageSurvey> ReadAsync(GuideFixture guide)
    {
        await using var context = await guide.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Desktop });
        await AxeAudit.AddToEveryPageAsync(context);
        await context.AddInitScriptAsync(RecordSchemeQueriesScript);
        var chooser = await context.NewPageAsync();
        // A returning reader: the chooser then shows its "Continue at" link, which axe checks too.
        await chooser.GotoAsync("");
        await chooser.Locator(".checkpoints a[data-checkpoint=\"3\"]").FollowAsync();
        await chooser.CloseAsync();

        var pages = new ConcurrentBag<SurveyedPage>();
        var requestsOfTab = new ConcurrentDictionary<IPage, ConcurrentQueue<(string Page, string Url)>>();
        await ParallelTabs.VisitAsync(context, guide.Site.Pages, openTab: async tab =>
        {
            // No cache, so that every page counts every file it needs, as on a first visit (Chromium's own
            // switch: cheaper than a fresh context per page).
            var devTools = await context.NewCDPSessionAsync(tab);
            await devTools.SendAsync("Network.enable");
            await devTools.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
            var requested = requestsOfTab.GetOrAdd(tab, _ => new());
            tab.Request += (_, request) => requested.Enqueue((tab.Url, request.Url));
        }, visit: async (tab, path) =>
        {
            await tab.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
            await tab.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            // The load event waits for stylesheets and deferred scripts: all a first visit loads.
            await tab.GotoAsync(path);
            if (path.Length == 0) await Assertions.Expect(tab.Locator("#continue a")).ToBeVisibleAsync();
            var load = await tab.ReadAsync<Load>(ReadLoadScript);
            var requests = new List<(string Page, string Url)>();
            while (requestsOfTab[tab].TryDequeue(out var request)) requests.Add(request);

            // Everything a reader can open is checked open: the menu and the search hold controls too, and what
            // they drop down must fit on a phone as well.
            await tab.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            // The theme follows prefers-color-scheme in CSS alone (no transition, no script reads it), so
            // switching the emulated scheme restyles the page exactly as loading it in that scheme does. Every
            // rule runs in the light scheme; in the dark one, when the page is the same but for colours (checked
            // in both schemes), the rules about colour are all that can find something new.
            var violations = new List<string>();
            var darkChanges = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var scheme in Schemes)
            {
                await tab.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                darkChanges.UnionWith(await tab.ReadAsync<string[]>(SchemeDifferencesScript));
                var colourRulesOnly = scheme == ColorScheme.Dark && darkChanges.Count == 0;
                violations.AddRange((await AxeAudit.FindViolationsOnAsync(tab, colourRulesOnly)).Select(violation => $"/{path} ({scheme.ToString().ToLowerInvariant()}) {violation}"));
            }
            // No script of the theme reads the window's size, so a narrowed window lays the page out as a phone does.
            await tab.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            await tab.SetViewportSizeAsync(Phone.Width, Phone.Height);
            var phoneWidth = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

            pages.Add(new SurveyedPage(path, requests, load.NamedUrls, load.FontFaces, load.Files, violations, Schemes.Length, [.. darkChanges], phoneWidth));
        });
        var late = requestsOfTab.Values.SelectMany(requests => requests).ToList();
        return new PageSurvey([.. pages.OrderBy(page => page.Path, StringComparer.Ordinal)], late);
    }

    private sealed record Load(string[] NamedUrls, int FontFaces, List<LoadedFile> Files);
}

/// <summary>One page as <see cref="PageSurvey"/> read it.</summary>
/// <param name="Path">The page, relative to the site root.</param>
/// <param name="Requests">Every request its tab made while loading it, with the page the tab was on.</param>
/// <param name="NamedUrls">Every URL the page names in a link, script or style.</param>
/// <param name="FontFaces">How many web fonts the page declares.</param>
/// <param name="Files">What the page loaded (the document, stylesheets, scripts, images, fetches), in decoded bytes.</param>
/// <param name="AxeViolations">axe's violations, one line each, the scheme named.</param>
/// <param name="AxeRuns">How many times axe ran on the page (once a scheme).</param>
/// <param name="DarkChanges">What could make the dark scheme differ from the light one in more than colours: empty when
/// nothing does, and only axe's colour rules ran in the dark scheme; else every rule ran in both.</param>
/// <param name="PhoneScrollWidth">The page's width on a 390 px phone, menus open.</param>
public sealed record SurveyedPage(
    string Path,
    IReadOnlyList<(string Page, string Url)> Requests,
    IReadOnlyList<string> NamedUrls,
    int FontFaces,
    IReadOnlyList<LoadedFile> Files,
    IReadOnlyList<string> AxeViolations,
    int AxeRuns,
    IReadOnlyList<string> DarkChanges,
    int PhoneScrollWidth);

/// <summary>A file a page loaded: its URL, its kind (html, css, js, image, other) and its decoded size.</summary>
public sealed record LoadedFile(string Name, string Kind, long Bytes);
