using SpoilerGen.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace SpoilerGen.BrowserTests.Theme;

/// <summary>Every page stays fast and private: nothing from another host, no web fonts, and under 50 KB of HTML, CSS and script.</summary>
[Collection(GuideCollection.Name)]
public sealed class PageBudgetTests(GuideFixture guide, ITestOutputHelper output)
{
    public const int MaximumPageBytes = 50 * 1024;

    [BrowserFact]
    public async Task No_page_loads_or_names_anything_from_another_host_and_none_uses_web_fonts()
    {
        var survey = await guide.SurveyAsync();
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (page, url) in survey.LateRequests.Where(request => IsElsewhere(request.Url))) problems.Add($"{page}: requested {url}");
        foreach (var visit in survey.Pages)
        {
            foreach (var (page, url) in visit.Requests.Where(request => IsElsewhere(request.Url))) problems.Add($"{page}: requested {url}");
            foreach (var url in visit.NamedUrls.Where(IsElsewhere)) problems.Add($"/{visit.Path}: names {url} in a link, script or style");
            if (visit.FontFaces > 0) problems.Add($"/{visit.Path}: declares {visit.FontFaces} web font(s)");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Every_page_is_under_50_KB_of_HTML_CSS_and_script()
    {
        var weights = new List<(string Page, long Html, long Css, long Script, long Other)>();
        foreach (var visit in (await guide.SurveyAsync()).Pages)
        {
            long Sum(string kind) => visit.Files.Where(e => e.Kind == kind).Sum(e => e.Bytes);
            weights.Add(("/" + visit.Path, Sum("html"), Sum("css"), Sum("js"), Sum("other")));
        }

        var heaviest = weights.OrderByDescending(w => w.Html + w.Css + w.Script + w.Other).ToList();
        foreach (var w in heaviest.Take(5)) output.WriteLine($"{w.Page}: {Total(w)} bytes (HTML {w.Html}, CSS {w.Css}, JS {w.Script}, other {w.Other})");
        var largest = heaviest[0];
        output.WriteLine($"largest page: {largest.Page}, {Total(largest)} bytes = {Total(largest) / 1024.0:0.0} KB of {MaximumPageBytes / 1024} KB");

        var over = heaviest.Where(w => Total(w) >= MaximumPageBytes).Select(w => $"{w.Page}: {Total(w)} bytes").ToList();
        Assert.True(over.Count == 0, $"Pages of {MaximumPageBytes} bytes or more:{Environment.NewLine}{string.Join(Environment.NewLine, over)}");
        Assert.Equal(guide.Site.Pages.Count, weights.Count);
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
}
