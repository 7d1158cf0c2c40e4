using System.Text.RegularExpressions;
using SpoilerGen.Build;
using SpoilerGen.Testing;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// A build after a text edit makes a tree's search index and feed again only where the page's entry in them changed:
/// the feed reads a page's excerpt (or summary), not the rest of its text, and the index reads its terms, not their order.
/// Whatever it takes from the previous output, every file is a cold build's, byte for byte.
/// </summary>
public sealed partial class TreeEntriesBuildTests
{
    // Past the feed's excerpt (160 characters) and the index's (100): only what follows the first paragraph is edited.
    private const string Opening = "The lighthouse keeper climbs the stairs every evening and lights the lamp before the fishing boats come home "
        + "across the harbour, as his father did before him, and his grandmother before that.";

    [Theory]
    // The same words in another order, past the excerpts: neither the feed's nor the index's entry changed.
    [InlineData("", "Ships pass the harbour at night.", "Night ships pass at the harbour.", false, false)]
    // A new word past the excerpts: the index's entry changed, the feed's did not.
    [InlineData("", "Ships pass the harbour at night.", "Ships pass the harbour at night, and a whale.", true, false)]
    // The opening itself: both changed.
    [InlineData("", "Ships pass the harbour at night.", "Ships pass the harbour at night.", true, true, "The new keeper")]
    // A page with a summary: the feed and index show it, not an excerpt, so the opening's words in another order change neither.
    [InlineData("summary: A keeper's evenings.", "Ships pass.", "Ships pass.", false, false, "The lighthouse keeper climbs the stairs every evening and lights the lamp")]
    public void A_text_edit_makes_a_trees_index_and_feed_again_only_where_the_pages_entry_changed(
        string frontMatter, string tailBefore, string tailAfter, bool indexChanges, bool feedChanges, string? openingAfter = null)
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("kept.md", "title: Kept", "Another page entirely.\n")
            .WritePage("edited.md", $"title: Edited\n{frontMatter}", $"{Opening}\n\n{tailBefore}\n");
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        var opening = openingAfter is null ? Opening : Opening.Replace("The lighthouse keeper climbs the stairs every evening and lights the lamp",
            openingAfter == "The new keeper" ? "The new keeper climbs the stairs every evening and lights the lamp" : "Every evening the lighthouse keeper climbs the stairs and the lamp lights");
        site.WritePage("edited.md", $"title: Edited\n{frontMatter}", $"{opening}\n\n{tailAfter}\n");
        var progress = new List<string>();
        var built = SiteBuilder.Build(options with { Progress = progress.Add });
        Assert.True(built.Succeeded, string.Join("; ", built.Diagnostics));

        // Every tree shows the page: its page in each, and each tree's index and feed where its entry changed.
        var trees = Directory.GetFiles(site.Output, "feed.xml", SearchOption.AllDirectories).Length;
        Assert.Equal(4, trees);
        var rendered = progress.Select(line => RenderedLine().Match(line)).Single(match => match.Success);
        Assert.Equal(trees * (1 + (indexChanges ? 1 : 0) + (feedChanges ? 1 : 0)), int.Parse(rendered.Groups[1].Value));

        using var fresh = new TemporaryFolder();
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, fresh.Combine("cold"))).Succeeded);
        var (cold, incremental) = (FilesIn(fresh.Combine("cold")), FilesIn(site.Output));
        Assert.Equal(cold.Keys.Order(StringComparer.Ordinal), incremental.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in cold) Assert.True(bytes.AsSpan().SequenceEqual(incremental[path]), $"{path} is not a cold build's");
    }

    /// <summary>The output folder's files and their bytes, SpoilerGen's own marker and all.</summary>
    private static Dictionary<string, byte[]> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [GeneratedRegex(@"^rendered (\d+) files")]
    private static partial Regex RenderedLine();
}
