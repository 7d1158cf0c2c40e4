using Markdig.Syntax;

namespace SpoilerGen.Load;

/// <summary>
/// One Markdown file, parsed once: its front matter and its Markdown tree. Every tree of the site is
/// rendered from this one parse; the Markdown tree is never changed after loading.
/// </summary>
/// <remarks><see cref="LastModified"/> is the file's write time: what feeds and sitemaps report as a page's date.</remarks>
public sealed record SourcePage(string DisplayPath, string ContentPath, FrontMatter FrontMatter, MarkdownDocument Body, int BodyLineOffset, DateTimeOffset LastModified)
{
    public const string SectionIndexName = "_index.md";

    /// <summary>The folder of the file inside <c>content/</c>, with '/' separators: "" or "characters".</summary>
    public string Folder => Path.GetDirectoryName(ContentPath)?.Replace('\\', '/') ?? "";

    /// <summary>An <c>_index.md</c> holds the front matter and body of its folder's list page.</summary>
    public bool IsSectionIndex => Path.GetFileName(ContentPath) == SectionIndexName;
}
