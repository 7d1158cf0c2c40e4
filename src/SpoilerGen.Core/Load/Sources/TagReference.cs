namespace SpoilerGen.Load.Sources;

/// <summary>A tag as a page's front matter names it, with the level from which the tag itself may be shown.</summary>
public sealed record TagReference(string Name, int Level);
