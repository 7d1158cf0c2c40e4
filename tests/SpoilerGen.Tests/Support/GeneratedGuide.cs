using System.Text;

namespace SpoilerGen.Tests.Support;

/// <summary>
/// A guide of many small pages with spoilers at every episode, large enough that a build takes a moment:
/// what the tests that interrupt a build need, so that each step of it can be caught while it runs.
/// </summary>
public static class GeneratedGuide
{
    public static TestSite Write(int pageCount, int episodeCount = 12)
    {
        var site = new TestSite(episodeCount).WritePage("_index.md", "title: Home", "A generated guide.");
        for (var page = 0; page < pageCount; page++)
        {
            var body = new StringBuilder($"Page {page} opens with what everyone may read.\n\n");
            for (var episode = 1; episode <= episodeCount; episode++)
            {
                body.Append($"::: spoiler s01e{episode:00}\nIn episode {episode}, page {page} learns something new.\n:::\n\n");
            }
            site.WritePage($"section-{page % 5}/page-{page:000}.md", $"title: Page {page}\ntags: [tag-{page % 7}]", body.ToString());
        }
        return site;
    }
}
