namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>Random page bodies: every kind of <see cref="GuideNode"/>, nested up to a depth.</summary>
public sealed class GuideNodeGenerator(GuideText text, int episodes, IReadOnlyList<string> linkTargets)
{
    public GuideNode[] List(int rank, int depth, int minimum) =>
        [.. Enumerable.Range(0, text.Between(minimum, 4)).Select(_ => Node(rank, depth))];

    public GuideNode Node(int rank, int depth)
    {
        var kinds = depth > 0 ? (rank <= 5 ? 6 : 5) : 4;
        return text.Random.Next(kinds) switch
        {
            0 => Paragraph(),
            1 => new GuideHeading(text.Heading()),
            2 when linkTargets.Count > 0 => new GuideLink(text.Pick(linkTargets), text.Prose(), text.Chance(0.5) ? text.Between(0, 9) : null),
            2 or 3 => Paragraph(),
            4 => new GuideBlock(MarkupLevel(), List(rank, depth - 1, minimum: 1)),
            _ => new GuideSection(MarkupLevel(), text.Heading(), List(rank + 1, depth - 1, minimum: 1), text.Heading()),
        };
    }

    public GuideParagraph Paragraph() =>
        text.Chance(0.6) ? new GuideParagraph(text.Prose(), MarkupLevel(), text.Prose()) : new GuideParagraph(text.Prose(), null, "");

    /// <summary>Body markup always names an episode.</summary>
    public int MarkupLevel() => text.Between(1, episodes);

    /// <summary>A level strictly past <paramref name="checkpoint"/>.</summary>
    public int LevelAfter(int checkpoint) => text.Between(checkpoint + 1, episodes);
}
