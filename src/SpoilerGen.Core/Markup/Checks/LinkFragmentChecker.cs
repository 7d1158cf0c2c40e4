using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Headings;
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
        // The links and ids as each parse holds them, read once per parse (SourceFacts): a rebuild walks no parse.
        foreach (var page in site.Pages.Where(page => page.Body is not null))
        {
            foreach (var (url, _, position, _, _, _) in page.Facts.Links.Where(link => !link.IsImage && link.Url.Contains('#')))
            {
                var hash = url.IndexOf('#');
                var fragment = Uri.UnescapeDataString(url[(hash + 1)..]);
                SitePage? target = hash == 0 ? page : page.LinkTargets.TryGetValue(url, out var key) ? site.Page(key) : null;
                // Browsers take "#top" to the top of any page (HTML's "indicated part of the document").
                if (target?.Body is null || fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
                    || target.Facts.HasAnchor(fragment) || HeadingAnchors.ThemeIds.Contains(fragment)) continue;
                // Raw HTML's ids are among the anchors (see HeadingAnchors).
                var headings = target.Facts.AnchorIds.Take(8).Select(id => "#" + id).ToList();
                diagnostics.Error(position, DiagnosticCodes.FragmentNotFound,
                    $"the fragment '#{fragment}' names no heading of {(hash == 0 ? "this page" : $"'{url[..hash]}'")}; a heading's id is made from its text where it is first shown " +
                    (headings.Count == 0 ? "(the page has no headings)" : $"({string.Join(", ", headings)})"));
            }
        }
    }
}
