using System.IO.Compression;
using System.Text;
using SpoilerGen.Build;
using SpoilerGen.Tests.Support;
using SpoilerGen.Write;

namespace SpoilerGen.Tests.Incremental;

/// <summary>
/// The render cache's binary format: what a build writes reads back as it was, and bytes that are not one whole cache of
/// this version (cut short, another version, the earlier JSON, a length beyond the bytes) read as no cache, even under a
/// record whose hash names them: the next build is then a cold one, never one that trusts them.
/// </summary>
public sealed class RenderCacheFormatTests
{
    [Fact]
    public void A_builds_cache_reads_back_and_writes_the_same_bytes()
    {
        using var site = SiteWithTwoPages();
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, site.Output)).Succeeded);
        var bytes = File.ReadAllBytes(CachePath(site));

        var state = RenderCacheFormat.Read(new MemoryStream(bytes));
        Assert.NotNull(state);
        Assert.NotEmpty(state.Pages);
        Assert.NotEmpty(state.Bodies);
        Assert.NotNull(state.SearchTerms);
        var again = new MemoryStream();
        RenderCacheFormat.Write(again, state);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void Every_cache_cut_short_reads_as_none()
    {
        using var site = SiteWithTwoPages();
        Assert.True(SiteBuilder.Build(new BuildOptions(site.Root, site.Output)).Succeeded);
        var bytes = File.ReadAllBytes(CachePath(site));
        // Every length near the start (the header and the first fields), then every 7th: each field's end is met.
        for (var length = 0; length < bytes.Length; length += length < 1024 ? 1 : 7)
        {
            Assert.Null(RenderCacheFormat.Read(new MemoryStream(bytes[..length])));
        }
        Assert.Null(RenderCacheFormat.Read(new MemoryStream([.. bytes, 0])));
    }

    [Fact]
    public void A_count_beyond_the_bytes_reads_as_none_without_allocating_it()
    {
        var bytes = new MemoryStream();
        bytes.Write(RenderCacheFormat.Header);
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("build");
            writer.Write("site key");
            writer.Write7BitEncodedInt(int.MaxValue);
            writer.Write("one text");
        }
        Assert.Null(RenderCacheFormat.Read(new MemoryStream(bytes.ToArray())));
    }

    [Theory]
    [InlineData(OutputDisturbanceKind.CacheCutUnderItsHash)]
    [InlineData(OutputDisturbanceKind.CacheOfAnotherFormatVersion)]
    public void A_cache_this_format_cannot_read_whole_under_a_record_naming_it_gives_a_cold_build(OutputDisturbanceKind kind)
    {
        using var site = SiteWithTwoPages();
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var disturber = new OutputDisturber(site.Root, site.Output);
        // Renamed first, so that a build that read the cache's terms would list the new name.
        disturber.RenameSearchTermInCache("lighthouse", "renamedinthecache");
        disturber.Apply(kind, choice: 777);
        AssertColdBuildAfterEdit(site, options);
    }

    [Fact]
    public void A_cache_in_the_earlier_json_format_under_a_record_naming_it_gives_a_cold_build()
    {
        using var site = SiteWithTwoPages();
        var options = new BuildOptions(site.Root, site.Output);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        new OutputDisturber(site.Root, site.Output).ReplaceCache(_ =>
        {
            var json = new MemoryStream();
            using (var compressed = new BrotliStream(json, CompressionLevel.Fastest, leaveOpen: true))
            {
                compressed.Write("{\"BuildId\":\"x\",\"SiteKey\":\"y\",\"Texts\":[],\"Pages\":[],\"TagFiles\":[],\"TreeFiles\":[]}"u8);
            }
            return json.ToArray();
        });
        AssertColdBuildAfterEdit(site, options);
    }

    private static void AssertColdBuildAfterEdit(TestSite site, BuildOptions options)
    {
        site.WritePage("edited.md", "title: Edited", "After the edit.\n");
        var progress = new List<string>();
        var built = SiteBuilder.Build(options with { Progress = progress.Add });
        var cold = SiteBuilder.Render(options);

        Assert.True(built.Succeeded, string.Join("; ", built.Diagnostics));
        Assert.Contains("no previous build to reuse", progress);
        Assert.Equal(cold.Diagnostics.Select(d => d.ToString()), built.Diagnostics.Select(d => d.ToString()));
        foreach (var file in cold.Files!)
        {
            Assert.Equal(OutputFileBytes.Of(file), File.ReadAllBytes(Path.Combine(site.Output, file.RelativePath)));
        }
        Assert.DoesNotContain("renamedinthecache",
            string.Concat(Directory.EnumerateFiles(site.Output, "search-index.json", SearchOption.AllDirectories).Select(File.ReadAllText)));
    }

    private static TestSite SiteWithTwoPages() => new TestSite(episodeCount: 3)
        .WritePage("kept.md", "title: Kept", "The lighthouse keeper never leaves.\n")
        .WritePage("edited.md", "title: Edited", "Before the edit.\n");

    private static string CachePath(TestSite site) =>
        Path.Combine(Path.GetDirectoryName(site.Output)!, $".{Path.GetFileName(site.Output)}{RenderCacheFile.Suffix}");
}
