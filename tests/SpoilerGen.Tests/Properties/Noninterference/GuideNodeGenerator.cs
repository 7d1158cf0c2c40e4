namespace SpoilerGen.Tests.Properties.Noninterference;

/// <summary>Random page bodies: every kind of <see cref="GuideNode"/>, nested up to a depth.</summary>
public sealed class GuideNodeGenerator(GuideText text, int episodes, IReadOnlyList<string> linkTargets)
{
    public GuideNode[] List(int rank, int depth, int minimum) =>
        [.. Enumerable.Range(0, text.Between(minimum, 4)).Select(_ => Node(rank, depth))];

    public GuideNode Node(int rank, int depth)
    {
        var kinds = depth > 0 ? (rank <= 5 ? 6 : 5) : 4;
        if (text.Chance(0.2)) return Shape();
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

    /// <summary>
    /// Every kind but a spoiler block in a list item: inside another spoiler block, a blank line before it ends the item
    /// (SG0215), so it stays in the corpus (ShapeCases) until that parse is fixed.
    /// </summary>
    private static readonly GuideShapeKind[] GeneratedShapes = [.. Enum.GetValues<GuideShapeKind>().Where(kind => kind != GuideShapeKind.ListBlock)];

    /// <summary>A piece whose hidden part could change the shape of what is shown, in one of its hidden forms.</summary>
    public GuideShape Shape() =>
        new(text.Pick(GeneratedShapes), MarkupLevel(), text.Prose(), text.Prose(), text.Chance(0.5), text.Chance(0.5), false, text.Between(0, 5));

    /// <summary>Body markup always names an episode.</summary>
    public int MarkupLevel() => text.Between(1, episodes);

    /// <summary>A level strictly past <paramref name="checkpoint"/>.</summary>
    public int LevelAfter(int checkpoint) => text.Between(checkpoint + 1, episodes);
}
