namespace SpoilerGen.Tests.Properties;

/// <summary>A randomly generated site: how many episodes, which have titles, and its pages.</summary>
public sealed record SiteSpec(int EpisodeCount, bool[] TitledEpisodes, PageSpec[] Pages);
