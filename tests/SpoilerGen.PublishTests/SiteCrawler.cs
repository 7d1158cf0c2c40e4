using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SpoilerGen.PublishTests;

/// <summary>
/// Follows every reference of every page, starting from the seeds, as a reader of the published
/// site would. URLs are handled as the public ones (https://example.github.io/guide/...): a
/// relative reference resolves against the page's public URL, and a URL on the public host is
/// fetched from the local server at the same path. A URL on another host is external and is
/// counted, not fetched. Each internal one must answer 200 without a redirect, stay under the base
/// path, and, with a #fragment, name an element of the page. Besides pages, the crawl reads the
/// references of levels.json, robots.txt, sitemaps and feeds.
/// </summary>
public sealed class SiteCrawler
{
    private const string NotFoundPageName = "404.html";

    private readonly HttpClient client;
    private readonly Uri publicBase;
    private readonly Uri localOrigin;
    private readonly HtmlParser parser = new();

    public SiteCrawler(HttpClient client, Uri publicBase, Uri localOrigin)
    {
        this.client = client;
        this.publicBase = publicBase;
        this.localOrigin = localOrigin;
    }

    public async Task<CrawlReport> CrawlAsync(IEnumerable<Uri> seeds)
    {
        var crawl = new CrawlState();
        foreach (var seed in seeds) crawl.Queue.Enqueue(new PendingFetch(seed, "(start)"));

        while (crawl.Queue.TryDequeue(out var pending))
        {
            var path = PathOf(pending.Url);
            if (!crawl.Seen.Add(path)) continue;
            using var response = await client.GetAsync(new Uri(localOrigin, path));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var location = response.Headers.Location is { } target ? $" to {target}" : "";
                crawl.Problems.Add(new LinkProblem(pending.Referrer, path, $"answered {(int)response.StatusCode} {response.StatusCode}{location}, not 200"));
                continue;
            }
            crawl.Fetched.Add(path);

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            var body = await response.Content.ReadAsStringAsync();
            if (mediaType == "text/html")
            {
                var document = parser.ParseDocument(body);
                crawl.Documents[path] = document;
                var resolveAgainst = BaseOf(document, pending.Url);
                var isNotFoundPage = path.EndsWith("/" + NotFoundPageName, StringComparison.Ordinal);
                foreach (var reference in PageReferenceExtractor.Extract(document))
                {
                    if (isNotFoundPage && IsPathRelative(reference.Value))
                    {
                        // GitHub Pages serves the 404 page at whatever URL was missing: a relative
                        // reference there resolves differently at every depth.
                        crawl.Problems.Add(new LinkProblem(path, reference.ToString(), "relative reference in the 404 page, which is served at any URL"));
                        continue;
                    }
                    Follow(crawl, path, resolveAgainst, reference);
                }
            }
            else
            {
                // The chooser script resolves each levels.json path against the URL of levels.json.
                foreach (var reference in OtherReferences(path, mediaType, body)) Follow(crawl, path, pending.Url, reference);
            }
        }

        CheckFragments(crawl);
        return new CrawlReport(crawl.Fetched, crawl.Problems, crawl.InternalReferenceCount, crawl.ExternalReferenceCount);
    }

    /// <summary>References in the files other than pages that readers' software follows.</summary>
    private static IEnumerable<PageReference> OtherReferences(string path, string mediaType, string body)
    {
        if (path.EndsWith("/levels.json", StringComparison.Ordinal)) return LevelsFileReader.Extract(body);
        if (path.EndsWith("/robots.txt", StringComparison.Ordinal)) return RobotsFileReader.Extract(body);
        var isXml = mediaType.EndsWith("/xml", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal);
        if (isXml && !mediaType.StartsWith("image/", StringComparison.Ordinal))
        {
            return XmlReferenceExtractor.Extract(body);
        }
        return [];
    }

    private void Follow(CrawlState crawl, string page, Uri resolveAgainst, PageReference reference)
    {
        var value = reference.Value.Trim();
        if (value.Length == 0) return; // href="" is the page itself.
        if (!Uri.TryCreate(resolveAgainst, value, out var target))
        {
            crawl.Problems.Add(new LinkProblem(page, reference.ToString(), "is not a valid URL"));
            return;
        }
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps) return; // mailto:, data:, tel:...
        if (!string.Equals(target.Host, publicBase.Host, StringComparison.OrdinalIgnoreCase))
        {
            crawl.ExternalReferenceCount++;
            return;
        }
        crawl.InternalReferenceCount++;
        if (!target.AbsolutePath.StartsWith(publicBase.AbsolutePath, StringComparison.Ordinal))
        {
            crawl.Problems.Add(new LinkProblem(page, reference.ToString(), $"points outside {publicBase.AbsolutePath} (to {target.AbsolutePath})"));
            return;
        }
        var withoutFragment = new UriBuilder(target) { Fragment = "" }.Uri;
        if (target.Fragment.Length > 1)
        {
            crawl.Fragments.Add(new FragmentCheck(PathOf(withoutFragment), Uri.UnescapeDataString(target.Fragment[1..]), page, reference.ToString()));
        }
        crawl.Queue.Enqueue(new PendingFetch(withoutFragment, page));
    }

    private static void CheckFragments(CrawlState crawl)
    {
        foreach (var check in crawl.Fragments)
        {
            // A target that failed to load is reported already; one that is not HTML has no ids.
            if (!crawl.Documents.TryGetValue(check.TargetPath, out var document)) continue;
            // "#top" scrolls to the top of any page (HTML standard), with or without such an id.
            if (string.Equals(check.Fragment, "top", StringComparison.OrdinalIgnoreCase)) continue;
            if (document.GetElementById(check.Fragment) is not null) continue;
            if (document.GetElementsByName(check.Fragment).Any(element => element.LocalName == "a")) continue;
            crawl.Problems.Add(new LinkProblem(check.Page, check.Reference, $"{check.TargetPath} has no element with id '{check.Fragment}'"));
        }
    }

    /// <summary>Where relative references of the page resolve: its &lt;base href&gt; if it has one, else its own URL.</summary>
    private static Uri BaseOf(IDocument document, Uri pageUrl)
    {
        var declared = document.QuerySelector("base[href]")?.GetAttribute("href");
        return declared is not null && Uri.TryCreate(pageUrl, declared, out var resolved) ? resolved : pageUrl;
    }

    private static bool IsPathRelative(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('/') || trimmed.StartsWith('#')) return false;
        return !Uri.TryCreate(trimmed, UriKind.Absolute, out _);
    }

    private static string PathOf(Uri url) => url.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);

    private sealed record PendingFetch(Uri Url, string Referrer);

    private sealed record FragmentCheck(string TargetPath, string Fragment, string Page, string Reference);

    /// <summary>The mutable state of one crawl, so that the crawler itself holds none between crawls.</summary>
    private sealed class CrawlState
    {
        public Queue<PendingFetch> Queue { get; } = new();
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Fetched { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, IDocument> Documents { get; } = new(StringComparer.Ordinal);
        public List<FragmentCheck> Fragments { get; } = [];
        public List<LinkProblem> Problems { get; } = [];
        public int InternalReferenceCount { get; set; }
        public int ExternalReferenceCount { get; set; }
    }
}
