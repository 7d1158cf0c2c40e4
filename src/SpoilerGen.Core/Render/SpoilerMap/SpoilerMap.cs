using SpoilerGen.Markup.SpoilerMap;
using SpoilerGen.Model;

namespace SpoilerGen.Render.SpoilerMap;

/// <summary>
/// A page in its fullest form with every piece of its spoiler markup: the front matter's leveled values
/// and the body's regions, in the order they are written, and the body's HTML with each region outlined.
/// </summary>
/// <param name="Regions">The page's own level, leveled titles, summaries and tags, then the body's regions.</param>
public sealed record SpoilerMap(SitePage Page, string Title, IReadOnlyList<SpoilerRegion> Regions, string BodyHtml)
{
    public IEnumerable<SpoilerRegion> BodyRegions => Regions.Where(region => region.Kind is SpoilerRegionKind.Block or SpoilerRegionKind.HeadingSection or SpoilerRegionKind.Phrase);
}
