namespace SpoilerGen.Tests.Properties;

/// <summary>A generated page: its own level, the levels of its progressive values and tags, and its body.</summary>
public sealed record PageSpec(
    int Level,
    bool InSection,
    int[] TitleLevels,
    int[] SummaryLevels,
    int[] TagLevels,
    BodyItem[] Body);
