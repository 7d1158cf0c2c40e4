namespace SpoilerGen.BrowserTests.Infrastructure;

/// <summary>What <see cref="SiteCrawler"/> found: the pages it read, what is broken, and what points off the site.</summary>
/// <param name="Pages">Every page loaded, as a path relative to the site root (<c>s01e01/characters/</c>).</param>
/// <param name="Problems">Broken links, assets and fragments, and pages a reader could not read; empty when all is well.</param>
/// <param name="ExternalUrls">Links and assets on other hosts: not followed.</param>
/// <param name="CheckedFiles">Files that are not pages (assets, levels.json, images) whose URL was checked.</param>
public sealed record CrawlReport(
    IReadOnlyList<string> Pages,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> ExternalUrls,
    IReadOnlyList<string> CheckedFiles);
