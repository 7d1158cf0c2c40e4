using SpoilerGen.Tests.Support;

namespace SpoilerGen.Tests.Markup;

/// <summary>
/// A body's render looks at Ctrl+C before each block, not only between pages: serve's first build of a page of 60,000
/// paragraphs rendered it to its end after Ctrl+C, then started serving, then stopped.
/// </summary>
public sealed class BodyRenderCancellationTests
{
    [Fact]
    public void A_cancelled_render_stops_at_the_next_block()
    {
        var harness = new MarkdownHarness(string.Concat(Enumerable.Range(0, 1_000).Select(index => $"Paragraph {index} [tells more]{{spoiler=s01e02}}.\n\n")));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => harness.RenderWithScope(12, cancellation: cancellation.Token));
        Assert.Contains("<p>Paragraph 999 tells more.</p>", harness.Render(12));
    }
}
