namespace SpoilerGen.PublishTests;

/// <summary>The sitemap URLs that a robots.txt announces ("Sitemap: URL" lines).</summary>
public static class RobotsFileReader
{
    public static IEnumerable<PageReference> Extract(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var separator = line.IndexOf(':');
            if (separator > 0 && line[..separator].Trim().Equals("Sitemap", StringComparison.OrdinalIgnoreCase))
            {
                yield return new PageReference("robots.txt", "Sitemap", line[(separator + 1)..].Trim());
            }
        }
    }
}
