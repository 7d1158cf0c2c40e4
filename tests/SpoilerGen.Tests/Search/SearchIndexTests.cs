using CsCheck;
using SpoilerGen.Render.Search;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Search;

/// <summary>What goes into a tree's search index, and what never does.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void The_index_of_a_tree_holds_no_word_that_only_appears_past_its_checkpoint()
    {
        using var site = new TestSite(episodeCount: 4)
            .WritePage("_index.md", "title: Home", "Welcome to the guide.\n\n::: spoiler s01e03\nThe lighthouse keeper is the xylophagous villain.\n:::\n")
            .WritePage("people/_index.md", "title: People", "Who is who.")
            .WritePage("people/keeper.md", "title:\n  start: The keeper\n  s01e02: The quokkaphile keeper\ntags: [{ name: zanzibarian, spoiler: s01e04 }]",
                "He keeps the light. [He once sailed a trimaran.]{spoiler=s01e02}");
        Assert.True(site.Build().Succeeded);

        var start = Index(site, "start/");
        var second = Index(site, "s01e02/");
        var third = Index(site, "s01e03/");
        var fourth = Index(site, "s01e04/");

        foreach (var secret in new[] { "xylophagous", "quokkaphile", "trimaran", "zanzibarian" }) Assert.DoesNotContain(secret, start.Json);
        Assert.Contains("quokkaphile", second.Terms);
        Assert.Contains("trimaran", second.Terms);
        Assert.DoesNotContain("xylophagous", second.Json);
        Assert.Empty(second.Find("xylo"));
        Assert.Equal([""], third.Find("xylo"));
        Assert.DoesNotContain("zanzibarian", third.Json);
        Assert.Equal(["people/keeper/"], fourth.Find("zanzib"));
    }

    [Fact]
    public void The_index_lists_exactly_the_pages_of_its_tree()
    {
        using var site = new TestSite(episodeCount: 3)
            .WritePage("_index.md", "title: Home", "Welcome.")
            .WritePage("people/_index.md", "title: People\nsummary: Who is who.", "Everyone.")
            .WritePage("people/ann.md", "title: Ann\ntags: [pilots]", "Ann flies.")
            .WritePage("people/bob.md", "title: Bob\nspoiler: s01e02", "Bob arrives late.")
            .WritePage("finale.md", "title: The finale\nspoiler: s01e03", "It ends.");
        Assert.True(site.Build().Succeeded);

        foreach (var tree in new[] { "start/", "s01e02/", "s01e03/" })
        {
            var pagesOnDisk = site.FilesUnder(tree)
                .Select(file => file.Path[tree.Length..])
                .Where(path => path.EndsWith("index.html", StringComparison.Ordinal) && !path.StartsWith("tags/", StringComparison.Ordinal))
                .Select(path => path[..^"index.html".Length])
                .Order(StringComparer.Ordinal);
            Assert.Equal(pagesOnDisk, Index(site, tree).Pages.Select(page => page.Url).Order(StringComparer.Ordinal));
        }
        var people = Index(site, "start/").Pages.Single(page => page.Url == "people/");
        Assert.Equal(("People", "Who is who."), (people.Title, people.Excerpt));
    }

    [Fact]
    public void Case_accents_short_and_common_words_do_not_matter()
    {
        using var site = new TestSite(episodeCount: 1)
            .WritePage("_index.md", "title: Home", "The Café of Zoë is where it all began, in Ōsaka. A x.");
        Assert.True(site.Build().Succeeded);
        var index = Index(site, "start/");

        Assert.Contains("cafe", index.Terms);
        Assert.Contains("zoe", index.Terms);
        Assert.Contains("osaka", index.Terms);
        Assert.DoesNotContain("the", index.Terms);
        Assert.DoesNotContain("x", index.Terms);
        Assert.Equal([""], index.Find("CAFÉ zo"));
        Assert.Equal([""], index.Find("the osa"));
        Assert.Empty(index.Find("cafe tokyo"));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 3, 4, 14, 700 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 40, 41, 42, 43, 44 })]
    public void A_posting_list_reads_back_as_the_pages_it_was_made_from(int[] pages)
    {
        Assert.Equal(pages, PostingList.Decode(PostingList.Encode(pages)));
    }

    [Fact]
    public void A_posting_list_takes_the_shorter_form()
    {
        Assert.Equal("3.1.a", PostingList.Encode([3, 4, 14]));
        Assert.Equal("!/w==", PostingList.Encode([.. Enumerable.Range(0, 8)]));
    }

    [Fact]
    public void A_posting_list_is_the_shorter_of_its_two_forms_written_out_in_full()
    {
        // Encode works out both lengths without writing both: check it against both written out.
        Gen.Int[0, 2000].HashSet[0, 400].Sample(set =>
        {
            int[] pages = [.. set.Order()];
            var previous = 0;
            var gaps = string.Join('.', pages.Select(page =>
            {
                var gap = page - previous;
                previous = page;
                var digits = "";
                do { digits = "0123456789abcdefghijklmnopqrstuvwxyz"[gap % 36] + digits; gap /= 36; } while (gap > 0);
                return digits;
            }));
            var bytes = new byte[pages.Length == 0 ? 0 : pages[^1] / 8 + 1];
            foreach (var page in pages) bytes[page / 8] |= (byte)(1 << (page % 8));
            var bitmap = PostingList.BitmapPrefix + Convert.ToBase64String(bytes);
            Assert.Equal(bitmap.Length < gaps.Length ? bitmap : gaps, PostingList.Encode(pages));
        }, iter: 300);
    }

    private static SearchIndexFile Index(TestSite site, string tree) => new(site.Read(tree + SearchIndexWriter.FileName));
}
