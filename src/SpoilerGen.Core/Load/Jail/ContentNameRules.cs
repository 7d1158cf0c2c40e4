using System.Text;
using SpoilerGen.Diagnostics;
using SpoilerGen.Load.Sources;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Model;

namespace SpoilerGen.Load.Jail;

/// <summary>
/// The rules a content file's or folder's name, a <c>slug</c> and a tag's name must follow to make a URL: the
/// build reports each where it is written, and <c>spoilergen new page</c> refuses a name by the same rule
/// and words before it makes the file.
/// </summary>
public static class ContentNameRules
{
    /// <summary>The longest name, in UTF-8 bytes, most file systems give a file or folder (ext4, APFS, NTFS in UTF-16 units).</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Names an author may mean as a section's index file; only <c>_index.md</c> is one.</summary>
    private static readonly HashSet<string> SectionIndexLookalikes = new(StringComparer.OrdinalIgnoreCase)
    {
        "_index.md", "index.md", "_index.markdown", "index.markdown", "_index.mdown", "_index.mkd", "_index.mdx", "-index.md", "__index.md",
    };

    /// <summary>A section file under a near-miss name would be a page (or not read at all), and its folder's pages would show from the start.</summary>
    public static NameProblem? MisnamedSectionIndex(string fileName) =>
        fileName == SourcePage.SectionIndexName || !SectionIndexLookalikes.Contains(fileName)
            ? null
            : new(DiagnosticCodes.SectionIndexMisnamed,
                $"'{fileName}' is not read as its folder's section file: name it '{SourcePage.SectionIndexName}' (lower case, with the underscore), so that its title and spoiler level apply to the folder");

    /// <summary>A page's file name (without '.md') with no letter or digit would put it at its section's own URL.</summary>
    public static NameProblem? PageFileName(string name) =>
        MarkupIn($"the file name '{name}'", name, "rename the file")
        ?? (Slugifier.Slugify(name).Length == 0
            ? new(DiagnosticCodes.EmptySlug, $"the file name '{name}' has no letter or digit to make the page's URL from; rename the file or give it a 'slug'")
            : TooLong($"the file name '{Shortened(name)}'", name, "rename the file or give it a shorter 'slug'"));

    public static NameProblem? EmptySlug(string slug) =>
        Slugifier.Slugify(slug).Length == 0
            ? new(DiagnosticCodes.EmptySlug, $"the slug '{slug}' has no letter or digit to make the page's URL from; write one such as 'slug: my-page'")
            : null;

    public static NameProblem? LongSlug(string slug) => TooLong($"the slug '{Shortened(slug)}'", slug, "shorten it");

    public static NameProblem? FolderName(string name) =>
        MarkupIn($"the folder name '{name}'", name, "rename the folder")
        ?? (Slugifier.Slugify(name).Length == 0
            ? new(DiagnosticCodes.EmptySlug, $"the folder name '{name}' has no letter or digit to make the section's URL from; rename the folder")
            : TooLong($"the folder name '{Shortened(name)}'", name, "rename the folder"));

    /// <summary>
    /// A name is never read as markup, and makes a URL in every tree (and the search index and sitemap): spoiler markup
    /// in it would be published to everyone, as it would be in a 'slug:', where it is refused too.
    /// </summary>
    private static NameProblem? MarkupIn(string what, string name, string remedy) =>
        Markup.Checks.SpoilerMarkupLookalike.Find(name) is { } found
            ? new(found.Code, found.Message(what) + $"; a name makes the URL of every tree and is never read as markup: {remedy}, and set the page's or section's level with 'spoiler:' in its front matter")
            : null;

    /// <summary>A tag's page is a folder named by the tag: one too long for a file system fails the build as it writes.</summary>
    public static NameProblem? TagName(string name) => TooLong($"the tag '{Shortened(name)}'", name, "give it a shorter name");

    /// <summary>Each tree's tag pages are under <c>tags/</c>: a page or folder there would be overwritten or overwrite them.</summary>
    public static NameProblem? ReservedUrl(string pageKey) =>
        pageKey.Split('/')[0] == Tree.TagsFolder
            ? new(DiagnosticCodes.DuplicateUrl, $"the URL '/{pageKey}' is where SpoilerGen writes tag pages; give the page or folder another name")
            : null;

    private static NameProblem? TooLong(string what, string name, string remedy)
    {
        // Pages and tags are folders named by their slugs (holding index.html): the slug is the longest name.
        var bytes = Encoding.UTF8.GetByteCount(Slugifier.Slugify(name));
        return bytes <= MaxNameBytes
            ? null
            : new(DiagnosticCodes.NameTooLong,
                $"{what} makes a folder name of {bytes} bytes in the output, over the {MaxNameBytes} that file systems allow; {remedy}");
    }

    private static string Shortened(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
