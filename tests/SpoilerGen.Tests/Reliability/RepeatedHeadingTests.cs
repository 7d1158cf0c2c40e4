using SpoilerGen.Markup.Headings;
using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Reliability;

/// <summary>
/// A page of many headings with the same text (<c>## a</c> 60,000 times, 300 KB): the ids <c>a</c>, <c>a-1</c>, <c>a-2</c>…
/// were found by counting from 1 for every heading, 1.8 billion lookups, minutes of a build that ignored Ctrl+C.
/// </summary>
[Collection(TimedWorkCollection.Name)]
public sealed class RepeatedHeadingTests
{
    [Fact]
    public void Sixty_thousand_same_headings_get_their_ids_in_a_second_and_each_id_is_the_first_free_one()
    {
        var allocator = new HeadingIdAllocator(["main"]);
        var ids = WorkCost.Within(() => Enumerable.Range(0, 60_000).Select(_ => allocator.Allocate("a")).ToList(), TimeSpan.FromSeconds(3), "60,000 ids");

        Assert.Equal("a", ids[0]);
        Assert.Equal("a-1", ids[1]);
        Assert.Equal("a-59999", ids[^1]);
        Assert.Equal(60_000, ids.Distinct().Count());
    }

    [Fact]
    public void A_heading_written_as_a_numbered_id_is_skipped_as_before()
    {
        var allocator = new HeadingIdAllocator(["main"]);

        string[] texts = ["a", "a-2", "a", "a", "a", "a 1", "main", "main", "a-1-1", "a-1"];
        var ids = texts.Select(allocator.Allocate).ToList();

        Assert.Equal(["a", "a-2", "a-1", "a-3", "a-4", "a-1-1", "main-1", "main-2", "a-1-1-1", "a-1-2"], ids);
    }
}
