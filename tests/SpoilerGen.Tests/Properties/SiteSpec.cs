namespace SpoilerGen.Tests.Properties;

/// <summary>A randomly generated site: how many episodes, which have titles, and its pages.</summary>
public sealed record SiteSpec(int EpisodeCount, bool[] TitledEpisodes, PageSpec[] Pages);

/// <summary>A generated page: its own level, the levels of its progressive values and tags, and its body.</summary>
public sealed record PageSpec(
    int Level,
    bool InSection,
    int[] TitleLevels,
    int[] SummaryLevels,
    int[] TagLevels,
    BodyItem[] Body);

/// <summary>A generated piece of a page body; levels are checkpoint indexes (0 = not started).</summary>
public abstract record BodyItem;

public sealed record ParagraphItem(int? PhraseLevel) : BodyItem;

public sealed record BlockItem(int Level, BodyItem[] Inner) : BodyItem;

public sealed record SectionItem(int Level, BodyItem[] Inner) : BodyItem;

public sealed record ImageItem(int Level) : BodyItem;

/// <summary>A link to another generated page (by index, wrapped), its text at the given level.</summary>
public sealed record LinkItem(int TargetPage, int Level) : BodyItem;

/// <summary>An HTML comment: its text must never reach any output file.</summary>
public sealed record CommentItem : BodyItem;
