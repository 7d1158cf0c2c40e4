using SpoilerGen.Build;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// A build after an edit does not read again the search terms of a text an earlier build read (the render cache keeps
/// each text's terms): its trees' search indexes are a cold build's, and a cache whose bytes are not those its build
/// wrote is not read at all.
/// </summary>
public sealed class SearchTermsBuildTests
{
    [Fact]
    public void Search_indexes_after_an_edit_are_a_cold_builds_and_an_unchanged_text_keeps_its_terms_from_the_cache()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("kept.md", "title: Kept", "The lighthouse keeper never leaves.\n")
            .WritePage("edited.md", "title: Edited", "Before the edit.\n");
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        site.WritePage("edited.md", "title: Edited", "After the edit, a harbour.\n");
        var built = SiteBuilder.Build(options);
        var cold = SiteBuilder.Render(options);
        Assert.True(built.Succeeded, string.Join("; ", built.Diagnostics));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
        Assert.Contains("harbour", SearchIndexes(site.Output));

        // The kept page's text is not read again: the term the cache holds for it is what its index lists.
        new OutputDisturber(site.Root, site.Output).RenameSearchTermInCache("lighthouse", "renamedinthecache");
        site.WritePage("edited.md", "title: Edited", "After a second edit.\n");
        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.Contains("renamedinthecache", SearchIndexes(site.Output));
    }

    [Theory]
    [InlineData(OutputDisturbanceKind.CacheByteFlipped)]
    [InlineData(OutputDisturbanceKind.CacheTruncated)]
    [InlineData(OutputDisturbanceKind.CacheFromAnotherTool)]
    public void A_cache_not_as_its_build_wrote_it_is_not_read_and_the_build_is_a_cold_one(OutputDisturbanceKind kind)
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("kept.md", "title: Kept", "The lighthouse keeper never leaves.\n")
            .WritePage("edited.md", "title: Edited", "Before the edit.\n");
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var disturber = new OutputDisturber(site.Root, site.Output);
        // Renamed first (the record names those bytes), then spoiled: a build that read the terms would list the new name.
        disturber.RenameSearchTermInCache("lighthouse", "renamedinthecache");
        disturber.Apply(kind, choice: 333);

        site.WritePage("edited.md", "title: Edited", "After the edit.\n");
        var progress = new List<string>();
        var built = SiteBuilder.Build(options with { Progress = progress.Add });
        var cold = SiteBuilder.Render(options);

        Assert.True(built.Succeeded, string.Join("; ", built.Diagnostics));
        Assert.DoesNotContain("renamedinthecache", SearchIndexes(site.Output));
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), built.Diagnostics.Select(d => d.ToString()));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
        if (kind != OutputDisturbanceKind.CacheFromAnotherTool) Assert.Contains("no previous build to reuse", progress);
    }

    private static string SearchIndexes(string output) =>
        string.Concat(Directory.EnumerateFiles(output, "search-index.json", SearchOption.AllDirectories).Select(File.ReadAllText));
}
