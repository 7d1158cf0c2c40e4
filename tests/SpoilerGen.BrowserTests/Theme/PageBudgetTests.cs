using Microsoft.Playwright;
using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Theme;

/// <summary>Every page stays fast and private: nothing from another host, no web fonts, and under 50 KB of HTML, CSS and script.</summary>
[Collection(GuideCollection.Name)]
public sealed class PageBudgetTests(GuideFixture guide, ITestOutputHelper output)
{
    public const int MaximumPageBytes = 50 * 1024;

    // Every URL the page names in a link, script or style (elements, inline styles and stylesheet rules),
    // and how many web fonts it declares.
    private const string ReadReferencesScript = """
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
          return { urls, fontFaces: document.fonts.size };
        }
        """;

    // Bytes as delivered to the page, images aside: the document, its stylesheets, scripts, and what they load.
    private const string MeasureBytesScript = """
        () => {
          const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
          const kind = e => e.entryType === 'navigation' ? 'html'
            : /\.css(\?|$)/.test(e.name) ? 'css'
            : /\.m?js(\?|$)/.test(e.name) ? 'js'
            : e.initiatorType === 'img' || /\.(png|jpe?g|gif|svg|webp|avif|ico)(\?|$)/.test(e.name) ? 'image' : 'other';
          return entries.map(e => ({ name: e.name, kind: kind(e), bytes: e.decodedBodySize }));
        }
        """;

    [BrowserFact]
    public async Task No_page_loads_or_names_anything_from_another_host_and_none_uses_web_fonts()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        page.Request += (_, request) =>
        {
            if (IsElsewhere(request.Url)) problems.Add($"{page.Url}: requested {request.Url}");
        };

        foreach (var path in guide.Site.Pages)
        {
            await page.GotoAsync(path);
            var references = await page.ReadAsync<References>(ReadReferencesScript);
            foreach (var url in references.Urls.Where(IsElsewhere)) problems.Add($"/{path}: names {url} in a link, script or style");
            if (references.FontFaces > 0) problems.Add($"/{path}: declares {references.FontFaces} web font(s)");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Every_page_is_under_50_KB_of_HTML_CSS_and_script()
    {
        await using var context = await guide.NewContextAsync();
        var page = await context.NewPageAsync();
        // No cache, so that every page counts every file it needs, as on a first visit (Chromium's own
        // switch: cheaper than a fresh context per page).
        var devTools = await context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });

        var weights = new List<(string Page, long Html, long Css, long Script, long Other)>();
        foreach (var path in guide.Site.Pages)
        {
            // The load event waits for stylesheets and deferred scripts: all a first visit loads.
            await page.GotoAsync(path);
            var entries = await page.ReadAsync<List<Entry>>(MeasureBytesScript);
            long Sum(string kind) => entries.Where(e => e.Kind == kind).Sum(e => e.Bytes);
            weights.Add(("/" + path, Sum("html"), Sum("css"), Sum("js"), Sum("other")));
        }

        var heaviest = weights.OrderByDescending(w => w.Html + w.Css + w.Script + w.Other).ToList();
        foreach (var w in heaviest.Take(5)) output.WriteLine($"{w.Page}: {Total(w)} bytes (HTML {w.Html}, CSS {w.Css}, JS {w.Script}, other {w.Other})");
        var largest = heaviest[0];
        output.WriteLine($"largest page: {largest.Page}, {Total(largest)} bytes = {Total(largest) / 1024.0:0.0} KB of {MaximumPageBytes / 1024} KB");

        var over = heaviest.Where(w => Total(w) >= MaximumPageBytes).Select(w => $"{w.Page}: {Total(w)} bytes").ToList();
        Assert.True(over.Count == 0, $"Pages of {MaximumPageBytes} bytes or more:{Environment.NewLine}{string.Join(Environment.NewLine, over)}");
        Assert.True(weights.All(w => w.Html > 0 && w.Css > 0), "The measure saw no HTML or no CSS: the page weights are not real");

        static long Total((string Page, long Html, long Css, long Script, long Other) w) => w.Html + w.Css + w.Script + w.Other;
    }

    /// <summary>
    /// An http(s) URL on a host that is neither where the test serves the site nor the site's own
    /// address (its base URL, which canonical and share links name).
    /// </summary>
    private bool IsElsewhere(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https")
        && uri.Authority != guide.SiteUrl.Authority && uri.Authority != guide.Site.BaseUrl.Authority;

    private sealed record References(string[] Urls, int FontFaces);

    private sealed record Entry(string Name, string Kind, long Bytes);
}
