using SpoilerGen.Diagnostics;

namespace SpoilerGen.Check;

/// <summary>A link of a page (not an image), as the link lint reads it: its URL and where it is written.</summary>
public sealed record PageLink(string Url, SourcePosition Position);
