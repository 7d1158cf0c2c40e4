using SpoilerGen.Markup.Headings;
using SpoilerGen.Render.Incremental;

namespace SpoilerGen.Render;

/// <summary>
/// A page body as one tree shows it: its HTML, its plain text (for search and excerpts), the headings
/// it showed, and what it shows that the previous tree did not.
/// </summary>
public sealed record RenderedBody(string Html, string Text, IReadOnlyList<TocEntry> Headings, IReadOnlyList<TocEntry> NewSections, bool ShowsNewContent)
{
    public static readonly RenderedBody Empty = new("", "", [], [], false);

    /// <summary>
    /// Set on a summary read from <c>build</c>'s render cache, which keeps only what the search index and feed read of the
    /// text (then <see cref="Text"/> is empty): its excerpts and terms.
    /// </summary>
    public KeptBodyText? Kept { get; init; }

    /// <summary>The excerpt the feed shows of the text.</summary>
    public string FeedExcerpt => Kept?.FeedExcerpt ?? Excerpt.Of(Text);

    /// <summary>The excerpt the search index shows of the text.</summary>
    public string SearchExcerpt => Kept?.SearchExcerpt ?? Excerpt.Of(Text, Search.SearchIndexWriter.ExcerptLength);
}
