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
            // switching the emulated scheme restyles the page exactly as loading it in that scheme does.
            var violations = new List<string>();
            foreach (var scheme in Schemes)
            {
                await tab.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                violations.AddRange((await AxeAudit.FindViolationsOnAsync(tab)).Select(violation => $"/{path} ({scheme.ToString().ToLowerInvariant()}) {violation}"));
            }
            // No script of the theme reads the window's size, so a narrowed window lays the page out as a phone does.
            await tab.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            await tab.SetViewportSizeAsync(Phone.Width, Phone.Height);
            var phoneWidth = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

            pages.Add(new SurveyedPage(path, requests, load.NamedUrls, load.FontFaces, load.Files, violations, Schemes.Length, phoneWidth));
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
/// <param name="PhoneScrollWidth">The page's width on a 390 px phone, menus open.</param>
public sealed record SurveyedPage(
    string Path,
    IReadOnlyList<(string Page, string Url)> Requests,
    IReadOnlyList<string> NamedUrls,
    int FontFaces,
    IReadOnlyList<LoadedFile> Files,
    IReadOnlyList<string> AxeViolations,
    int AxeRuns,
    int PhoneScrollWidth);

/// <summary>A file a page loaded: its URL, its kind (html, css, js, image, other) and its decoded size.</summary>
public sealed record LoadedFile(string Name, string Kind, long Bytes);
