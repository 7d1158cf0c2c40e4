using SpoilerGen.Markup.Headings;

namespace SpoilerGen.Render;

/// <summary>
/// A page body as one tree shows it: its HTML, its plain text (for search and excerpts), the headings
/// it showed, and what it shows that the previous tree did not.
/// </summary>
public sealed record RenderedBody(string Html, string Text, IReadOnlyList<TocEntry> Headings, IReadOnlyList<TocEntry> NewSections, bool ShowsNewContent)
{
    public static readonly RenderedBody Empty = new("", "", [], [], false);
}
