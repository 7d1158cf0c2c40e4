using SpoilerGen.Diagnostics;

namespace SpoilerGen.Load.Sources;

/// <summary>
/// A link or image of a source's body as its parse holds it: its URL, where it is written in the file, and the level of
/// the spoiler markup around it (the page's own level is not in it: a link shows from the higher of the two).
/// </summary>
/// <param name="IsPageLink">A link (not an image) to a Markdown file (<see cref="Model.SiteModelBuilder.IsPageLink"/>).</param>
/// <param name="PageTarget">For a page link, the content path it names from its source's folder; null when it climbs above <c>content/</c>.</param>
public sealed record SourceLink(string Url, bool IsImage, SourcePosition Position, int MarkupLevel, bool IsPageLink, string? PageTarget);
