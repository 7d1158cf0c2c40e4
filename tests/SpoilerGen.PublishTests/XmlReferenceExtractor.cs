using System.Xml.Linq;

namespace SpoilerGen.PublishTests;

/// <summary>
/// The URLs in a sitemap (&lt;loc&gt;), an Atom feed (&lt;link href&gt;) or an RSS feed (&lt;link&gt; text):
/// what search engines and feed readers follow.
/// </summary>
public static class XmlReferenceExtractor
{
    public static IEnumerable<PageReference> Extract(string xml)
    {
        var document = XDocument.Parse(xml);
        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            if (name == "loc") yield return new PageReference(name, "text", element.Value);
            if (name != "link") continue;
            if (element.Attribute("href") is { } href) yield return new PageReference(name, "href", href.Value);
            else if (!element.HasElements && element.Value.Trim().Length > 0) yield return new PageReference(name, "text", element.Value);
        }
    }
}
