namespace SpoilerGen.Markup.SpoilerMap;

/// <summary>
/// One piece of spoiler markup on a page, as the spoiler map lists it.
/// <see cref="Level"/> is what the author wrote; <see cref="ShownFrom"/> is when readers really see it,
/// which is later when the region lies inside a region (or a page) of a later level.
/// </summary>
/// <param name="Line">The one-based line in the source file; 0 when unknown.</param>
/// <param name="Text">The region's text, shortened: a title's or tag's value, a block's first words.</param>
public sealed record SpoilerRegion(SpoilerRegionKind Kind, string? EpisodeId, int Level, int ShownFrom, int Line, int Column, string Text)
{
    /// <summary>Whether the markup changes nothing, because what holds it is hidden at least as long.</summary>
    public bool IsRedundant(int enclosingLevel) => Level <= enclosingLevel && Kind is not (SpoilerRegionKind.Page or SpoilerRegionKind.Title or SpoilerRegionKind.Summary);
}
