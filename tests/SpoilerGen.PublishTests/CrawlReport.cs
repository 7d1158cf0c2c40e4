namespace SpoilerGen.PublishTests;

/// <summary>What a crawl found: the paths that answered 200, the problems, and how many references it followed.</summary>
public sealed record CrawlReport(
    IReadOnlySet<string> FetchedPaths,
    IReadOnlyList<LinkProblem> Problems,
    int InternalReferenceCount,
    int ExternalReferenceCount);
