using System.IO.Compression;
using System.Text.Json;
using SpoilerGen.Render.Search;
using Xunit.Abstractions;

namespace SpoilerGen.Tests.Search;

/// <summary>The search index of a 1,000-page guide's tree stays small enough to fetch on a phone.</summary>
public sealed class SearchIndexSizeTests(ITestOutputHelper output)
{
    /// <summary>
    /// The bound the README states for a 1,000-page tree. Measured: about 340 KB raw and 120 KB gzipped; a
    /// small corpus makes common words commoner than in a real guide, so a real one comes out smaller.
    /// </summary>
    private const int MaximumBytes = 400 * 1024;

    [Fact]
    public void The_index_of_a_thousand_page_tree_stays_under_400_KB()
    {
        var corpus = SentenceCorpus.Load();
        using var site = SyntheticGuide.Write(1000, corpus);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));

        var path = Path.Combine(site.Output, "start", SearchIndexWriter.FileName);
        var raw = File.ReadAllBytes(path);
        var gzipped = Gzipped(raw);
        var index = JsonDocument.Parse(raw).RootElement;
        var pages = index.GetProperty("pages").GetArrayLength();
        var terms = index.GetProperty("terms").EnumerateObject().Count();
        output.WriteLine($"corpus: {corpus.Sentences.Count} sentences from {string.Join(", ", corpus.Sources)}");
        output.WriteLine($"search index of a tree with {pages} pages and {terms} terms: {raw.Length / 1024.0:0.0} KB raw, {gzipped / 1024.0:0.0} KB gzipped");

        Assert.Equal(1000 + 10 + 1, pages);
        Assert.True(raw.Length <= MaximumBytes, $"{raw.Length} bytes is over the {MaximumBytes} bytes the README promises");
    }

    private static int Gzipped(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return (int)compressed.Length;
    }
}
