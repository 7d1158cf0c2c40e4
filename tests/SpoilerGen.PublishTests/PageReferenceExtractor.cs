using AngleSharp.Dom;

namespace SpoilerGen.PublishTests;

/// <summary>
/// Every URL an HTML page makes a browser or a reader follow: links (a, area, link), embedded
/// resources (script, img, source, iframe, ...), srcset candidates, a meta refresh's target, and
/// meta values that are URLs (og:url, og:image, the theme's levels URL...).
/// </summary>
public static class PageReferenceExtractor
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "data", "action", "formaction"];

    public static IEnumerable<PageReference> Extract(IDocument document)
    {
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "base") continue; // It changes how others resolve; the crawler reads it.
            if (name == "meta")
            {
                if (MetaReference(element) is { } reference) yield return reference;
                continue;
            }
            foreach (var attribute in UrlAttributes)
            {
                if (element.GetAttribute(attribute) is { } value) yield return new PageReference(name, attribute, value);
            }
            if (element.GetAttribute("srcset") is { } sourceSet)
            {
                foreach (var candidate in sourceSet.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return new PageReference(name, "srcset", candidate.Split(' ', 2)[0]);
                }
            }
        }
    }

    private static PageReference? MetaReference(IElement meta)
    {
        var content = meta.GetAttribute("content")?.Trim();
        if (string.IsNullOrEmpty(content)) return null;
        if (string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            // content="0; url=/guide/start/"
            var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            return at < 0 ? null : new PageReference("meta", "http-equiv=refresh", content[(at + 4)..].Trim().Trim('\'', '"'));
        }
        // Only a value that is plainly a URL: descriptions, colours and numbers are not.
        var looksLikeUrl = (content.StartsWith('/') || content.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || content.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) && !content.Any(char.IsWhiteSpace);
        var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop") ?? "content";
        return looksLikeUrl ? new PageReference("meta", key, content) : null;
    }
}
