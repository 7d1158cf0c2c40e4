using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Markup.Syntax;
using SpoilerGen.Model;

namespace SpoilerGen.Markup.Checks;

/// <summary>
/// Reports a link whose fragment (<c>#nam-ra-dies</c>, <c>other.md#nam-ra-dies</c>) names no heading of
/// the page it leads to, nor any id written in that page's raw HTML or by the theme: it would lead nowhere
/// in every tree, usually because the heading's text, and so its id, changed.
/// </summary>
public static class LinkFragmentChecker
{
    public static void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Where(page => page.Body is not null))
        {
            if (page.Body!.GetData(typeof(SpoilerParserContext)) is not SpoilerParserContext context) continue;
            foreach (var link in page.Body.Descendants<LinkInline>().Where(link => !link.IsImage && link.Url is { } url && url.Contains('#')))
            {
                var url = link.Url!;
                var hash = url.IndexOf('#');
                var fragment = Uri.UnescapeDataString(url[(hash + 1)..]);
                SitePage? target = hash == 0 ? page : page.LinkTargets.TryGetValue(url, out var key) ? site.Page(key) : null;
                // Browsers take "#top" to the top of any page (HTML's "indicated part of the document").
                if (target?.Body is null || fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || IdsOf(target.Body).Contains(fragment)) continue;
                var headings = HeadingAnchors.In(target.Body).Keys.Order(StringComparer.Ordinal).Take(8).Select(id => "#" + id).ToList();
                diagnostics.Error(context.PositionOf(link.Line, link.Column), DiagnosticCodes.FragmentNotFound,
                    $"the fragment '#{fragment}' names no heading of {(hash == 0 ? "this page" : $"'{url[..hash]}'")}; a heading's id is made from its text where it is first shown " +
                    (headings.Count == 0 ? "(the page has no headings)" : $"({string.Join(", ", headings)})"));
            }
        }
    }

    private static HashSet<string> IdsOf(MarkdownDocument body)
    {
        // Raw HTML's ids are among the anchors (see HeadingAnchors).
        var ids = new HashSet<string>(HeadingAnchors.In(body).Keys, StringComparer.Ordinal);
        ids.UnionWith(HeadingAnchors.ThemeIds);
        return ids;
    }
}
