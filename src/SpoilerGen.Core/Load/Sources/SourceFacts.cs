using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpoilerGen.Diagnostics;
using SpoilerGen.Markup.Headings;
using SpoilerGen.Model;
using SpoilerGen.Text;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// What the model, the image and link checks and the link lint need from one parsed source, read from its parse once:
/// its links and images in the order of the parse, and the ids its headings and raw HTML give. One immutable value per
/// source, kept with the parse under the source's content hash, and holding none of Markdig's objects: a rebuild after
/// an edit reads the parses of the changed sources only.
/// </summary>
/// <param name="AnchorIds">The ids a link's fragment may name in this page (headings and raw HTML), in ordinal order.</param>
/// <param name="TagsWithoutSlug">The front matter's tags with no letter or digit to make a page's URL from.</param>
/// <param name="ControlCharacter">The first control character in the front matter's title, summary, tags, image or slug, if any.</param>
public sealed record SourceFacts(ImmutableArray<SourceLink> Links, ImmutableArray<string> AnchorIds, ImmutableArray<string> TagsWithoutSlug, char? ControlCharacter)
{
    /// <summary>The facts of a page without a body: a folder's list page without <c>_index.md</c>.</summary>
    public static SourceFacts None { get; } = new([], [], [], null);

    /// <summary>
    /// Reads the facts from a parse whose heading ids are assigned (as loading does): positions in the file at
    /// <paramref name="displayPath"/>, page links resolved from the folder of <paramref name="contentPath"/>.
    /// </summary>
    public static SourceFacts Of(FrontMatter frontMatter, MarkdownDocument body, string displayPath, string contentPath, int bodyLineOffset)
    {
        var links = ImmutableArray.CreateBuilder<SourceLink>();
        RevealWalker.Walk(body, 0, (node, level) =>
        {
            if (node is not LinkInline { Url: { } url } link) return;
            var position = new SourcePosition(displayPath, bodyLineOffset + link.Line + 1, link.Column + 1);
            var isPageLink = !link.IsImage && SiteModelBuilder.IsPageLink(url);
            links.Add(new SourceLink(url, link.IsImage, position, level, isPageLink, isPageLink ? SiteModelBuilder.ResolveContentPath(contentPath, url) : null));
        });
        return new SourceFacts(links.ToImmutable(), [.. HeadingAnchors.In(body).Keys.Order(StringComparer.Ordinal)],
            [.. frontMatter.Tags.Select(tag => tag.Name).Where(name => Slugifier.Slugify(name).Length == 0)], ControlCharacterIn(frontMatter));
    }

    /// <summary>A YAML escape such as "\x1B" can put a control character in a value, which no feed or sitemap may hold.</summary>
    private static char? ControlCharacterIn(FrontMatter frontMatter)
    {
        var values = (frontMatter.Title?.Entries.Select(e => e.Value) ?? [])
            .Concat(frontMatter.Summary?.Entries.Select(e => e.Value) ?? [])
            .Concat(frontMatter.Tags.Select(t => t.Name))
            .Concat(frontMatter.Image?.Entries.Select(e => e.Value) ?? [])
            .Append(frontMatter.Slug ?? "");
        foreach (var value in values)
        {
            if (ControlCharacters.IndexOfFirst(value) is var index and >= 0) return value[index];
        }
        return null;
    }

    /// <summary>Whether a fragment names one of the page's headings or raw HTML ids.</summary>
    public bool HasAnchor(string id) => AnchorIds.BinarySearch(id, StringComparer.Ordinal) >= 0;
}
