using Markdig.Syntax;

namespace SpoilerGen.Load;

/// <summary>
/// One Markdown file, parsed once: its front matter and its Markdown tree. Every tree of the site is
/// rendered from this one parse; the Markdown tree is never changed after loading.
/// </summary>
/// <remarks>
/// Output depends only on what files hold: <paramref name="FileWriteTime"/> is never written anywhere.
/// A page's date (<see cref="LastModified"/>) is its front matter's <c>lastmod</c> or <c>date</c>.
/// </remarks>
public sealed record SourcePage(string DisplayPath, string ContentPath, FrontMatter FrontMatter, MarkdownDocument Body, int BodyLineOffset, DateTimeOffset FileWriteTime)
{
    public const string SectionIndexName = "_index.md";

    /// <summary>What a page without a date in its front matter is dated: a value that feeds and sitemaps leave out.</summary>
    public static readonly DateTimeOffset NoDate = DateTimeOffset.UnixEpoch;

    /// <summary>The front matter's <c>lastmod</c>, else its <c>date</c>, else <see cref="NoDate"/>.</summary>
    public DateTimeOffset LastModified => FrontMatter.Updated ?? NoDate;

    /// <summary>The folder of the file inside <c>content/</c>, with '/' separators: "" or "characters".</summary>
    public string Folder => Path.GetDirectoryName(ContentPath)?.Replace('\\', '/') ?? "";

    /// <summary>An <c>_index.md</c> holds the front matter and body of its folder's list page.</summary>
    public bool IsSectionIndex => Path.GetFileName(ContentPath) == SectionIndexName;
}
