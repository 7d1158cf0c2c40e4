using CsCheck;

namespace SpoilerGen.Tests.Properties;

/// <summary>CsCheck generators for random sites that use every place spoiler text can stand.</summary>
public static class SiteSpecGenerators
{
    public static readonly Gen<SiteSpec> Site =
        Gen.Int[1, 6].SelectMany(episodes =>
            Gen.Select(Gen.Bool.Array[episodes], Page(episodes).Array[1, 5], (titled, pages) => new SiteSpec(episodes, titled, pages)));

    private static Gen<int> Level(int episodes) => Gen.Frequency((2, Gen.Const(0)), (5, Gen.Int[0, episodes]));

    /// <summary>Sorted distinct levels starting at 0, as progressive values that exist from the start.</summary>
    private static Gen<int[]> Progression(int episodes) =>
        Gen.Int[1, episodes].Array[0, 2].Select(levels => levels.Prepend(0).Distinct().Order().ToArray());

    private static Gen<PageSpec> Page(int episodes) =>
        Gen.Select(
            Level(episodes),
            Gen.Bool,
            Progression(episodes),
            Progression(episodes),
            Level(episodes).Array[0, 2],
            Body(episodes, depth: 2).Array[1, 5],
            (level, inSection, title, summary, tags, body) => new PageSpec(level, inSection, title, summary, tags, body));

    private static Gen<BodyItem> Body(int episodes, int depth)
    {
        var leaves = Gen.OneOf<BodyItem>(
            Gen.Frequency((1, Gen.Const((int?)null)), (3, Level(episodes).Select(l => (int?)l))).Select(level => (BodyItem)new ParagraphItem(level)),
            Level(episodes).Select(level => (BodyItem)new ImageItem(level)),
            Gen.Select(Gen.Int[0, 4], Level(episodes), (target, level) => (BodyItem)new LinkItem(target, level)),
            Gen.Const<BodyItem>(new CommentItem()),
            Level(episodes).Select(level => (BodyItem)new DefinitionItem(level)),
            Level(episodes).Select(level => (BodyItem)new HtmlItem(level)),
            Level(episodes).Select(level => (BodyItem)new TableItem(level)),
            Level(episodes).Select(level => (BodyItem)new ListItem(level)),
            Gen.Select(Level(episodes), Gen.Bool, (level, allHidden) => (BodyItem)new PhraseHeadingItem(level, allHidden)),
            Level(episodes).Select(level => (BodyItem)new BareUrlPhraseItem(level)));
        if (depth == 0) return leaves;
        var inner = Body(episodes, depth - 1).Array[1, 3];
        return Gen.Frequency(
            (4, leaves),
            (2, Gen.Select(Level(episodes), inner, (level, items) => (BodyItem)new BlockItem(level, items))),
            (2, Gen.Select(Level(episodes), inner, (level, items) => (BodyItem)new SectionItem(level, items))));
    }
}
