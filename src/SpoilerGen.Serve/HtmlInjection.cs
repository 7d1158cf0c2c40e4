namespace SpoilerGen.Serve;

/// <summary>Puts serve's own markup into a page as it is served, never into the built files.</summary>
public static class HtmlInjection
{
    private const string BodyEnd = "</body>";

    /// <summary>Inserts before the page's last <c>&lt;/body&gt;</c>, or at the end of a page without one.</summary>
    public static string BeforeBodyEnd(string html, string markup)
    {
        var end = html.LastIndexOf(BodyEnd, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + markup : string.Concat(html.AsSpan(0, end), markup, html.AsSpan(end));
    }
}
