namespace SpoilerGen.Load.Sources;

/// <summary>
/// One Markdown file, parsed once: its front matter and its Markdown tree. Every tree of the site is
/// rendered from this one parse; the Markdown tree is never changed after loading.
/// </summary>
/// <remarks>
/// Output depends only on what files hold: <paramref name="FileWriteTime"/> is never written anywhere.
/// A page's date (<see cref="LastModified"/>) is its front matter's <c>lastmod</c> or <c>date</c>.
/// </remarks>
/// <param name="Facts">What the model, the checks and the lints read of the parse, read from it once.</param>
public sealed record SourcePage(string DisplayPath, string ContentPath, FrontMatter FrontMatter, SourceBody Body, int BodyLineOffset, DateTimeOffset FileWriteTime,
    SourceFacts Facts)
{
    public const string SectionIndexName = "_index.md";

    /// <summary>What a page without a date in its front matter is dated: a value that feeds and sitemaps leave out.</summary>
    public static readonly DateTimeOffset NoDate = DateTimeOffset.UnixEpoch;

    /// <summary>The front matter's <c>lastmod</c>, else its <c>date</c>, else <see cref="NoDate"/>.</summary>
    public DateTimeOffset LastModified => FrontMatter.Updated ?? NoDate;

    /// <summary>
    /// The content path without the file's language (<c>characters/on-jo.md</c> for <c>characters/on-jo.ko.md</c>):
    /// where the page stands in the site, and the key that pairs a page with its translations.
    /// </summary>
    public string PagePath { get; init; } = ContentPath;

    /// <summary>The folder of the file inside <c>content/</c>, with '/' separators: "" or "characters".</summary>
    public string Folder => Path.GetDirectoryName(PagePath)?.Replace('\\', '/') ?? "";

    /// <summary>An <c>_index.md</c> (or its translation, <c>_index.ko.md</c>) holds the front matter and body of its folder's list page.</summary>
    public bool IsSectionIndex => Path.GetFileName(PagePath) == SectionIndexName;
}
