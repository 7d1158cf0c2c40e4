using Microsoft.Playwright;

namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>
/// Reads a site the way a reader with only links can: from the root, follows every link on the site,
/// loads each page in the browser (so its CSS, scripts and images load too), and checks every link to a
/// file that is not a page, every fragment (<c>#id</c>) and every failed request. Used with JavaScript
/// off, it proves that the plain HTML reaches everything.
/// </summary>
public sealed class SiteCrawler(IBrowserContext context, Uri siteUrl)
{
    // Collected in the page in one round trip: the links a reader follows, the files the page
    // loads or names, the targets of fragments, and whether there is something to read.
    private const string ReadPageScript = """
        () => ({
          links: [...document.querySelectorAll('a[href], area[href]')].map(a => a.href),
          files: [
            ...[...document.querySelectorAll('link[href]')].map(l => l.href),
            ...[...document.querySelectorAll('script[src], img[src], source[src], video[src], audio[src], iframe[src], track[src]')].map(e => e.src),
            ...[...document.querySelectorAll('script[data-levels]')].map(s => new URL(s.dataset.levels, location.href).href),
          ],
          ids: [...document.querySelectorAll('[id]')].map(e => e.id),
          heading: (document.querySelector('h1')?.textContent ?? '').trim(),
          mainText: (document.querySelector('main')?.innerText ?? '').trim().length,
        })
        """;

    private readonly Queue<(Uri Page, string From)> toVisit = new();
    private readonly Dictionary<string, string> firstLinkTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> idsByPage = new(StringComparer.Ordinal);
    private readonly List<(Uri Target, string Fragment, string From)> fragments = [];
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);
    private readonly SortedSet<string> external = new(StringComparer.Ordinal);
    private readonly SortedSet<string> problems = new(StringComparer.Ordinal);
    private readonly List<string> pages = [];

    // Taken around every change of the crawl's state: two tabs read pages at once.
    private readonly Lock gate = new();

    public async Task<CrawlReport> CrawlAsync()
    {
        Enqueue(siteUrl, "(the root)");
        // Breadth first, one level of links at a time (the root, the trees, their sections, their pages),
        // each level's pages shared by two tabs.
        while (toVisit.Count > 0)
        {
            var level = toVisit.ToList();
            toVisit.Clear();
            await ParallelTabs.VisitAsync(context, level, (page, next) => VisitAsync(page, next.Page, next.From), openTab: page =>
            {
                // Navigations are reported by VisitAsync, with the page that links to them; these are what pages load.
                page.Response += (_, response) =>
                {
                    if (response.Status >= 400 && !response.Request.IsNavigationRequest) Report($"{Show(response.Url)}: HTTP {response.Status} (requested by {Show(page.Url)})");
                };
                page.RequestFailed += (_, request) =>
                {
                    if (!request.IsNavigationRequest) Report($"{Show(request.Url)}: request failed: {request.Failure} (requested by {Show(page.Url)})");
                };
                return Task.CompletedTask;
            });
        }

        foreach (var (file, from) in files)
        {
            var response = await context.APIRequest.GetAsync(file);
            if (!response.Ok) problems.Add($"{Show(file)}: HTTP {response.Status} (linked from {from})");
            await response.DisposeAsync();
        }
        foreach (var (target, fragment, from) in fragments)
        {
            var key = target.ToString();
            if (idsByPage.TryGetValue(key, out var ids) && !ids.Contains(fragment))
            {
                problems.Add($"{Show(key)}#{fragment}: no element with this id (linked from {from})");
            }
        }
        return new CrawlReport(pages, problems.ToList(), external.ToList(), files.Keys.Select(RelativePath).Order(StringComparer.Ordinal).ToList());
    }

    private async Task VisitAsync(IPage page, Uri url, string from)
    {
        var here = Show(url.ToString());
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url.ToString());
        }
        catch (PlaywrightException exception)
        {
            Report($"{here}: could not be opened (linked from {from}): {exception.Message.Split('\n')[0]}");
            return;
        }
        if (response is null || !response.Ok)
        {
            Report($"{here}: HTTP {response?.Status} (linked from {from})");
            return;
        }
        // Compared escaped, as the browser reports it: a link to /ko/start/tags/학생/ is not a redirect.
        if (page.Url != url.AbsoluteUri)
        {
            Report($"{here}: redirected to {Show(page.Url)}: link to the final URL (linked from {from})");
        }
        var read = await page.ReadAsync<PageRead>(ReadPageScript);

        lock (gate)
        {
            pages.Add(RelativePath(url.ToString()));
            idsByPage[url.ToString()] = [.. read.Ids];
            if (read.Heading.Length == 0) problems.Add($"{here}: no h1");
            if (read.MainText == 0) problems.Add($"{here}: nothing to read in main");

            foreach (var link in read.Links) Follow(link, here, isPageLink: true);
            foreach (var file in read.Files) Follow(file, here, isPageLink: false);
        }
    }

    private void Report(string problem)
    {
        lock (gate) problems.Add(problem);
    }

    // Called with the gate held.
    private void Follow(string link, string from, bool isPageLink)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri)) { problems.Add($"{from}: '{link}' is not a URL"); return; }
        if (uri.Scheme is not ("http" or "https")) return; // mailto:, tel:
        if (uri.Authority != siteUrl.Authority) { external.Add(link); return; }
        if (!uri.AbsolutePath.StartsWith(siteUrl.AbsolutePath, StringComparison.Ordinal))
        {
            problems.Add($"{from}: links to {uri.AbsolutePath}, outside the site's base path {siteUrl.AbsolutePath}");
            return;
        }

        var target = new UriBuilder(uri) { Fragment = "" }.Uri;
        if (uri.Fragment.Length > 1) fragments.Add((target, Uri.UnescapeDataString(uri.Fragment[1..]), from));

        // A page is a folder URL or an .html file; anything else (CSS, JSON, images, feeds) is fetched, not opened.
        var isPage = isPageLink && (target.AbsolutePath.EndsWith('/') || target.AbsolutePath.EndsWith(".html", StringComparison.Ordinal));
        if (isPage) Enqueue(target, from);
        else files.TryAdd(target.ToString(), from);
    }

    private void Enqueue(Uri page, string from)
    {
        if (firstLinkTo.TryAdd(page.ToString(), from)) toVisit.Enqueue((page, from));
    }

    /// <summary>A URL on the site as a path relative to its root (<c>s01e01/characters/</c>); others as they are.</summary>
    private string RelativePath(string url) =>
        url.StartsWith(siteUrl.ToString(), StringComparison.Ordinal) ? url[siteUrl.ToString().Length..] : url;

    /// <summary>A URL as a problem report shows it: <c>/s01e01/characters/</c>, <c>/</c> for the root.</summary>
    private string Show(string url) => url.StartsWith(siteUrl.ToString(), StringComparison.Ordinal) ? "/" + RelativePath(url) : url;

    private sealed record PageRead(string[] Links, string[] Files, string[] Ids, string Heading, int MainText);
}
