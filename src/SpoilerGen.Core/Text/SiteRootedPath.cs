namespace SpoilerGen.Text;

/// <summary>
/// A site-rooted URL from the content (<c>/images/../x.png</c>) with its dot segments resolved as a browser resolves
/// them (RFC 3986, with <c>%2e</c> read as a dot), before the base path is put in front: joined first,
/// <c>/../../tmp/x.png</c> under <c>/g/</c> was <c>/g/../../tmp/x.png</c>, which a browser reads as <c>/tmp/x.png</c>,
/// outside the site.
/// </summary>
/// <param name="Path">the path from the site's root without its leading slash, with its query and fragment; a '..'
/// above the root stays at the root, as in a browser</param>
/// <param name="ClimbsAboveRoot">whether a '..' climbed above the site's root: the author meant a file outside the site</param>
public readonly record struct SiteRootedPath(string Path, bool ClimbsAboveRoot)
{
    /// <summary>Whether <paramref name="url"/> is site-rooted: one leading slash (two name another host).</summary>
    public static bool IsSiteRooted(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    public static SiteRootedPath Resolve(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        var segments = new List<string>();
        var climbs = false;
        var parts = path.TrimStart('/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var isLast = i == parts.Length - 1;
            switch (parts[i].Replace("%2e", ".", StringComparison.OrdinalIgnoreCase))
            {
                case ".":
                    if (isLast) segments.Add("");
                    break;
                case "..":
                    if (segments.Count == 0) climbs = true;
                    else segments.RemoveAt(segments.Count - 1);
                    if (isLast) segments.Add("");
                    break;
                default:
                    segments.Add(parts[i]);
                    break;
            }
        }
        return new SiteRootedPath(string.Join('/', segments) + (end < 0 ? "" : url[end..]), climbs);
    }

    /// <summary>The file the path names under a folder of the site: without query and fragment, unescaped.</summary>
    public string FilePath => Uri.UnescapeDataString(Path.Split(['?', '#'], 2)[0]);
}
